import { boundingBox } from '@nextstep/db';

/*
 * The reverse index that finds, for a newly opened job, the alerts it may
 * match without running every alert's search.
 *
 * A job has tokens: every lexeme of its search vector, its branch, its
 * employment type, its map cell, and "*". An alert stores a few tokens such
 * that every job it matches has at least one of them (its anchors), chosen
 * from its most selective criterion. A GIN index on the alerts' tokens then
 * gives, per job, the alerts sharing a token with it (`&&`); only those are
 * checked against the full criteria. Tokens that are not lexemes start with
 * a space, which no lexeme contains.
 */

export const ALL_JOBS_TOKEN = ' *';
export const branchToken = (branchId: string): string => ` b:${branchId.toLowerCase()}`;
export const typeToken = (employmentType: string): string => ` t:${employmentType}`;
/** Map cells are whole degrees of latitude and longitude. */
export const cellToken = (latCell: number, lngCell: number): string => ` g:${latCell}:${lngCell}`;

/** A job's tokens in SQL (alias `j` of jobs); must agree with the token functions above. */
export function jobTokensSql(j: string): string {
  return (
    `(tsvector_to_array(${j}.search_vector) || ARRAY['${ALL_JOBS_TOKEN}', ' b:' || ${j}.branch_id::text, ' t:' || ${j}.employment_type::text, ` +
    `' g:' || floor(${j}.latitude)::int || ':' || floor(${j}.longitude)::int])`
  );
}

// --- the alert side ---

type QueryNode =
  | { op: 'lexeme'; value: string }
  | { op: 'not'; arg: QueryNode }
  | { op: 'and' | 'or' | 'phrase'; left: QueryNode; right: QueryNode }
  | { op: 'true' };

/**
 * Parses the text form of a tsquery (`'forklift' & 'oper'`,
 * `'journeyman' <-> 'electrician' | 'plumber'`, `!'night'`, `T`). Postgres
 * prints `!` tightest, then `<->`/`<N>`, then `&`, then `|`, with parentheses
 * where needed. Throws on anything else.
 */
export function parseTsquery(text: string): QueryNode {
  let at = 0;
  const skipSpace = () => {
    while (text[at] === ' ') at += 1;
  };
  const peek = (token: string) => {
    skipSpace();
    return text.startsWith(token, at);
  };
  const expect = (token: string) => {
    if (!peek(token)) throw new SyntaxError(`Expected ${token} at ${at} in ${text}`);
    at += token.length;
  };
  const operand = (): QueryNode => {
    skipSpace();
    if (text[at] === '!') {
      at += 1;
      return { op: 'not', arg: operand() };
    }
    if (text[at] === '(') {
      at += 1;
      const inner = or();
      expect(')');
      return inner;
    }
    if (text[at] === "'") {
      at += 1;
      let value = '';
      for (;;) {
        const ch = text[at];
        if (ch === undefined) throw new SyntaxError(`Unterminated lexeme in ${text}`);
        if (ch === '\\') {
          value += text[at + 1] ?? '';
          at += 2;
        } else if (ch === "'" && text[at + 1] === "'") {
          value += "'";
          at += 2;
        } else if (ch === "'") {
          at += 1;
          break;
        } else {
          value += ch;
          at += 1;
        }
      }
      // Weights or a prefix marker (":AB", ":*") narrow a lexeme; they never widen it.
      if (text[at] === ':') {
        at += 1;
        while (/[A-D*]/.test(text[at] ?? '')) at += 1;
      }
      return { op: 'lexeme', value };
    }
    if (text[at] === 'T') {
      at += 1;
      return { op: 'true' };
    }
    throw new SyntaxError(`Unexpected ${text[at] ?? 'end'} at ${at} in ${text}`);
  };
  const phrase = (): QueryNode => {
    let left = operand();
    for (;;) {
      skipSpace();
      const match = /^<(-|\d+)>/.exec(text.slice(at));
      if (!match) return left;
      at += match[0].length;
      left = { op: 'phrase', left, right: operand() };
    }
  };
  const and = (): QueryNode => {
    let left = phrase();
    while (peek('&')) {
      at += 1;
      left = { op: 'and', left, right: phrase() };
    }
    return left;
  };
  const or = (): QueryNode => {
    let left = and();
    while (peek('|')) {
      at += 1;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };
  const tree = or();
  skipSpace();
  if (at !== text.length) throw new SyntaxError(`Unexpected ${text[at]} at ${at} in ${text}`);
  return tree;
}

/** How many of the recent jobs carry a token (an estimate; smaller means more selective). */
export type TokenCost = (token: string) => number;

const costOf = (tokens: readonly string[], cost: TokenCost): number => tokens.reduce((sum, token) => sum + cost(token), 0);

/**
 * Lexemes at least one of which every matching job contains, as few and as
 * rare as the query allows; null when the query can match without any
 * (only negations, e.g. `-night`). For `a & b` either side's anchors will
 * do, so the cheaper is kept; for `a | b` both sides' are needed.
 */
export function queryAnchors(node: QueryNode, cost: TokenCost): string[] | null {
  switch (node.op) {
    case 'lexeme':
      return [node.value];
    case 'true':
    case 'not':
      return null;
    case 'or': {
      const left = queryAnchors(node.left, cost);
      const right = queryAnchors(node.right, cost);
      return left && right ? [...new Set([...left, ...right])] : null;
    }
    case 'and':
    case 'phrase': {
      const left = queryAnchors(node.left, cost);
      const right = queryAnchors(node.right, cost);
      if (!left) return right;
      if (!right) return left;
      return costOf(right, cost) < costOf(left, cost) ? right : left;
    }
  }
}

/** The cells of every point within `radiusKm` of the centre; null when the area is too large or wraps (then no anchor). */
export function cellsCovering(lat: number, lng: number, radiusKm: number, maxCells = 400): string[] | null {
  const box = boundingBox({ lat, lng }, radiusKm);
  if (!box.lng) return null;
  const cells: string[] = [];
  for (let latCell = Math.floor(box.minLat); latCell <= Math.floor(box.maxLat); latCell += 1) {
    for (let lngCell = Math.floor(box.lng.min); lngCell <= Math.floor(box.lng.max); lngCell += 1) {
      cells.push(cellToken(latCell, lngCell));
      if (cells.length > maxCells) return null;
    }
  }
  return cells;
}

export interface AlertCriteriaForTokens {
  /** `querytree(query)::text`: the part of the tsquery an index can use; null without q. */
  queryTree: string | null;
  employmentTypes: readonly string[] | null;
  branchId: string | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
}

export const EMPLOYMENT_TYPE_COUNT = 3;

/**
 * The alert's tokens: the anchors of its most selective criterion (search
 * words, area, branch or employment types), or "*" when it has none, so
 * it is checked against every new job. Pay is never an anchor (a range).
 */
export function alertTokens(criteria: AlertCriteriaForTokens, cost: TokenCost): string[] {
  const options: string[][] = [];
  if (criteria.queryTree !== null) {
    let tree: QueryNode | null = null;
    try {
      tree = parseTsquery(criteria.queryTree);
    } catch {
      // An unexpected form: every lexeme in it is still a safe (if wider) set of anchors, unless it negates.
      const lexemes = [...criteria.queryTree.matchAll(/'((?:[^'\\]|''|\\.)*)'/g)].map(([, value = '']) => value.replace(/''/g, "'"));
      if (lexemes.length && !criteria.queryTree.includes('!')) options.push([...new Set(lexemes)]);
    }
    const anchors = tree ? queryAnchors(tree, cost) : null;
    if (anchors?.length) options.push(anchors);
  }
  if (criteria.latitude !== null && criteria.longitude !== null && criteria.radiusKm !== null) {
    const cells = cellsCovering(criteria.latitude, criteria.longitude, criteria.radiusKm);
    if (cells) options.push(cells);
  }
  if (criteria.branchId) options.push([branchToken(criteria.branchId)]);
  if (criteria.employmentTypes?.length && criteria.employmentTypes.length < EMPLOYMENT_TYPE_COUNT) options.push(criteria.employmentTypes.map(typeToken));
  const best = options.reduce<string[] | null>((chosen, option) => (!chosen || costOf(option, cost) < costOf(chosen, cost) ? option : chosen), null);
  return best ?? [ALL_JOBS_TOKEN];
}
