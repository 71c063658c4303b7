import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { PAGE_SIZE, type QueryLimits } from '../../config.js';
import type { DataSizesCache } from './data-sizes.cache.js';
import { limitExceeded, nameLimit } from './limit-exceeded.js';
import { queryCost } from './query-cost.js';

/**
 * The limits of one request, each refused with LIMIT_EXCEEDED naming it:
 * tokens (while parsing), depth, aliases and directives (GraphQL Armor's
 * validation rules), then, with the variables' values, `nodes(ids:)` and the
 * cost (`query-cost.ts`), reported in `extensions.cost` of every answer.
 * Without field suggestions, an error never reveals fields the client did not name.
 */
/** Armor's plugins are envelop plugins (any context); yoga takes them as they are. */
type ArmorPlugin = ReturnType<typeof maxDepthPlugin>;

export function queryLimitsPlugins(limits: QueryLimits, sizes: DataSizesCache): (Plugin | ArmorPlugin)[] {
  const rule = { exposeLimits: true, propagateOnRejection: true };
  return [
    maxTokensPlugin({ ...rule, n: limits.maxTokens, onReject: [nameLimit('tokens', limits.maxTokens)] }),
    maxDepthPlugin({ ...rule, n: limits.maxDepth, onReject: [nameLimit('depth', limits.maxDepth)] }),
    maxAliasesPlugin({ ...rule, n: limits.maxAliases, onReject: [nameLimit('aliases', limits.maxAliases)] }),
    maxDirectivesPlugin({ ...rule, n: limits.maxDirectives, onReject: [nameLimit('directives', limits.maxDirectives)] }),
    ...(limits.fieldSuggestions ? [] : [blockFieldSuggestionsPlugin()]),
    costLimitPlugin(limits, sizes),
  ];
}

/** Costs measured per document (yoga's parser cache hands the same document to every request with the same text). */
const MEMO_PER_DOCUMENT = 64;

function costLimitPlugin(limits: QueryLimits, sizes: DataSizesCache): Plugin {
  // By document, then operation and variables; only while the data sizes the cost was measured with are current.
  const measuredBefore = new WeakMap<object, Map<string, { sizes: unknown; measured: ReturnType<typeof queryCost> }>>();
  const measure = (args: Parameters<NonNullable<Plugin['onExecute']>>[0]['args']) => {
    const current = sizes.current;
    let byRequest = measuredBefore.get(args.document);
    if (!byRequest) measuredBefore.set(args.document, (byRequest = new Map()));
    const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? null)}`;
    const known = byRequest.get(key);
    if (known && known.sizes === current) return known.measured;
    const measured = queryCost({
      schema: args.schema,
      document: args.document,
      operationName: args.operationName,
      variables: args.variableValues,
      sizes: current,
      page: PAGE_SIZE,
    });
    if (byRequest.size >= MEMO_PER_DOCUMENT) byRequest.clear();
    byRequest.set(key, { sizes: current, measured });
    return measured;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measured = measure(args);
      if (!measured) return;
      const { cost, nodeIds } = measured;
      if (nodeIds > limits.maxNodeIds) {
        const error = limitExceeded('nodeIds', limits.maxNodeIds, nodeIds, `nodes(ids:) takes at most ${limits.maxNodeIds} ids, got ${nodeIds}.`);
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      if (cost > limits.maxCost) {
        const error = limitExceeded(
          'cost',
          limits.maxCost,
          cost,
          `Query cost limit of ${limits.maxCost} exceeded, found ${cost}: the answer could hold that many fields. Ask for smaller pages (first) or fewer nested lists.`,
        );
        setResultAndStopExecution({ errors: [error], extensions: { cost } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
