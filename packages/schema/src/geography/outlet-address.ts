import { AREA_ALIASES } from './area-aliases.js';
import type { AreaRecord } from './area.types.js';
import { foldName } from './fold-name.js';

/**
 * The province whose own outlet published a page, read from the page's web address.
 *
 * Derived from the province names of the geography data, not from a hand-made list of sites:
 * Vietnamese provinces publish under two naming conventions of their own,
 * - the provincial portal and its departments: `<province>.gov.vn`, `sotttt.<province>.gov.vn`,
 *   `honquan.binhphuoc.gov.vn` (a district's portal sits under its province's);
 * - the provincial Party newspaper "Báo <Tỉnh>": `bao<province>.vn`, `bao<province>.com.vn`,
 *   `news.bao<province>.vn`, `m.bao<province>.vn`;
 * where `<province>` is the province's name folded and written in one word, hyphens allowed
 * ("dongthap", "baria-vungtau"), or a one-word alias of the shared alias list ("hanoi", "kontum").
 * Anything else (national outlets, aggregators, ministries) names no province.
 *
 * @example
 * provinceOfOutletAddress('https://baodongthap.vn/a-1.aspx', provinces)?.code // '87'
 * provinceOfOutletAddress('https://mic.gov.vn/x', provinces) // undefined
 */
export function provinceOfOutletAddress(url: string, provinces: readonly AreaRecord[]): AreaRecord | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const labels = host.split('.').map((l) => l.replace(/-/g, ''));
  const keys = outletKeys(provinces);
  const found = new Set<AreaRecord>();
  // "<province>.gov.vn" and its sub-sites: the label right before "gov.vn".
  if (labels.length >= 3 && labels[labels.length - 2] === 'gov' && labels[labels.length - 1] === 'vn') {
    const portal = keys.get(labels[labels.length - 3] ?? '');
    if (portal) found.add(portal);
  }
  // "bao<province>": the provincial newspaper, in any label of a Vietnamese address.
  if (labels[labels.length - 1] === 'vn') {
    for (const label of labels) {
      if (!label.startsWith('bao')) continue;
      const paper = keys.get(label.slice(3));
      if (paper) found.add(paper);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function hostOf(url: string): string | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(url) ? url : `http://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const keyCache = new WeakMap<readonly AreaRecord[], ReadonlyMap<string, AreaRecord>>();

/** One-word folded name → province, for the provinces of the list and their one-word aliases. */
function outletKeys(provinces: readonly AreaRecord[]): ReadonlyMap<string, AreaRecord> {
  const cached = keyCache.get(provinces);
  if (cached) return cached;
  const keys = new Map<string, AreaRecord | null>();
  const add = (name: string, area: AreaRecord): void => {
    const key = foldName(name).replace(/ /g, '');
    if (!/^[a-z]{3,}$/u.test(key)) return;
    const known = keys.get(key);
    // A key two provinces share names neither.
    keys.set(key, known === undefined || known === area ? area : null);
  };
  const byRef = new Map<string, AreaRecord>();
  for (const p of provinces) {
    if (p.level !== 'PROVINCE') continue;
    add(p.nameVi, p);
    byRef.set(`${p.geography}:${p.code}`, p);
  }
  for (const alias of AREA_ALIASES) {
    if (/[\s.-]/u.test(alias.alias)) continue;
    for (const ref of alias.refs) {
      const area = byRef.get(ref);
      if (area) add(alias.alias, area);
    }
  }
  const out = new Map<string, AreaRecord>();
  for (const [k, v] of keys) if (v) out.set(k, v);
  keyCache.set(provinces, out);
  return out;
}
