import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, describeDatabaseError } from '../src/db/database-errors.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('database faults are told apart', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'unavailable'],
    ['a fast shutdown', withCode('terminating connection due to administrator command', '57P01'), 'unavailable'],
    ['a server starting up', withCode('the database system is starting up', '57P03'), 'unavailable'],
    ['too many connections', withCode('sorry, too many clients already', '53300'), 'unavailable'],
    ['a connection exception', withCode('connection failure', '08006'), 'unavailable'],
    ['a lost connection', new Error('Connection terminated unexpectedly'), 'unavailable'],
    ['a full pool', new Error('timeout exceeded when trying to connect'), 'unavailable'],
    ['a frozen server', new Error('Query read timeout'), 'unavailable'],
    ['statement_timeout', withCode('canceling statement due to statement timeout', '57014'), 'timeout'],
    ['a NUL byte', withCode('invalid byte sequence for encoding "UTF8": 0x00', '22021'), 'bad-input'],
    ['a number out of range', withCode('integer out of range', '22003'), 'bad-input'],
    ['a malformed statement of ours', withCode('bind message has 2 parameter formats but 0 parameters', '08P01'), undefined],
    ['a syntax error of ours', withCode('syntax error at or near "selec"', '42601'), undefined],
    ['a plain bug', new TypeError('x is undefined'), undefined],
  ])('%s', (_name, error, fault) => {
    expect(classifyDatabaseError(error)).toBe(fault);
  });

  it('looks through the errors that wrap the cause (a migration, GraphQL, an aggregate)', () => {
    const cause = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    const migration = new Error('migration (unknown) failed: Error: connect ECONNREFUSED', { cause });
    expect(classifyDatabaseError(migration)).toBe('unavailable');
    expect(classifyDatabaseError({ originalError: new AggregateError([cause]) })).toBe('unavailable');
    expect(describeDatabaseError(migration)).toBe('connect ECONNREFUSED 127.0.0.1:5432');
    expect(describeDatabaseError(withCode('terminating connection', '57P01'))).toBe('terminating connection (57P01)');
  });
});
