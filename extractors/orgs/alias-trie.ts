// A trie of alias token sequences: one walk from each word token finds the longest alias that
// starts there, so matching costs O(tokens x longest alias), not one regex per alias.
import { AMBIGUOUS_ALIASES, COUNTRIES, getOrganization, ORGANIZATIONS, OUTLETS, type Organization } from './gazetteer';
import { tokenize, type Token } from './tokens';

export interface AliasEntry {
  /** null for a news outlet: matched so it is never taken for a company, then dropped. */
  org: Organization | null;
  alias: string;
  tokens: Token[];
  /** A common word ("Lambda", "Stack") that needs a context cue or the fuller name. */
  ambiguous: boolean;
  /** A country's name, standing for its government only where the text makes it act. */
  country: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface AliasMatch {
  entry: AliasEntry;
  /** Token index range, end exclusive. */
  from: number;
  to: number;
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

function addAlias(root: TrieNode, org: Organization | null, alias: string, ambiguous: boolean, country = false): void {
  let tokens = tokenize(alias);
  // "the Facebook parent": the article's "the" is not part of a company's name. An outlet keeps it:
  // without it "The Information" and "the Times" would be every "Information" and "Times".
  if (org && tokens.length > 1 && tokens[0].key === 'the') tokens = tokens.slice(1);
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t.key);
    if (!child) node.next.set(t.key, (child = newNode()));
    node = child;
  }
  node.entries.push({ org, alias, tokens, ambiguous, country });
}

function buildTrie(): TrieNode {
  const root = newNode();
  for (const org of ORGANIZATIONS) {
    const ambiguous = AMBIGUOUS_ALIASES.get(org.id);
    for (const alias of org.aliases) addAlias(root, org, alias, ambiguous?.has(alias) ?? false);
  }
  for (const outlet of OUTLETS) addAlias(root, null, outlet, false);
  for (const c of COUNTRIES) for (const name of c.names) addAlias(root, getOrganization(c.government), name, false, true);
  return root;
}

const ROOT = buildTrie();
const SHORT_CAPS = /^[\p{Lu}\p{N}]{1,5}$/u;

/**
 * Whether a text token is written the way the alias token requires: short all-caps aliases
 * ("AWS", "G42") exactly; capitalized ones with a capital ("NVIDIA" for "Nvidia", never "nvidia");
 * camel-case with a small initial ("xAI") exactly; lower-case words ("cloud unit") in any case.
 */
function matchesCase(aliasToken: Token, textToken: Token): boolean {
  const a = aliasToken.text;
  if (a === a.toLowerCase()) return true;
  if (SHORT_CAPS.test(a) && /\p{Lu}/u.test(a)) return a === textToken.text;
  if (aliasToken.capitalized) return textToken.capitalized;
  return a === textToken.text;
}

function fits(entry: AliasEntry, tokens: Token[], from: number): boolean {
  return entry.tokens.every((a, k) => {
    const t = tokens[from + k];
    if (k > 0 && (a.joined ? !t.joined : !t.spaced)) return false;
    return matchesCase(a, t);
  });
}

/** The longest alias starting at token `from`, or null. */
export function matchAliasAt(tokens: Token[], from: number): AliasMatch | null {
  if (!tokens[from].word) return null;
  let node: TrieNode | undefined = ROOT;
  let best: AliasMatch | null = null;
  for (let j = from; j < tokens.length; j++) {
    if (j > from && !tokens[j].spaced && !tokens[j].joined) break;
    node = node.next.get(tokens[j].key);
    if (!node) break;
    const entry = node.entries.find((e) => fits(e, tokens, from));
    if (entry) best = { entry, from, to: j + 1 };
  }
  return best;
}
