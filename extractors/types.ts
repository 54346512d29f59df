// The shapes every extractor agrees on. Field names of mentions and deals follow
// ../shared/eval/deals/SCHEMA.md (snake_case), so the CLI's JSON and the eval scorers read them as-is.

/** A character range in the text an extractor was given (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

/** What a figure means in its story; assigned by the deal extractor, stored on the mention. */
export type FigureRole =
  | 'deal_value'
  | 'deal_term'
  | 'deal_capacity'
  | 'revenue'
  | 'loss'
  | 'quarterly_loss'
  | 'profit'
  | 'valuation'
  | 'market_cap'
  | 'share_price'
  | 'share_move'
  | 'capex_plan'
  | 'aggregate_commitments'
  | 'earlier_deal'
  | 'context_deal'
  | 'other_deal'
  | 'tranche'
  | 'option_ceiling'
  | 'conversion'
  | 'restatement'
  | 'site_capacity'
  | 'target'
  | 'cost_estimate'
  | 'funding_round'
  | 'other';

export type Qualifier = 'exact' | 'about' | 'up_to' | 'at_least' | 'more_than' | 'less_than' | 'range_low';
export type Period = 'year' | 'quarter' | 'month' | 'week' | 'day';

interface MentionBase extends Span {
  text: string;
  /** Index of the sentence (from splitSentences) that holds `start`. */
  sentence: number;
  role?: FigureRole | null;
}

export interface MoneyMention extends MentionBase {
  kind: 'money';
  /** JSON-friendly number; null for vague amounts ("tens of billions"). */
  amount: number | null;
  /** The exact decimal value ("38000000000", "1.25"): what the database stores. */
  amount_exact: string | null;
  /** ISO 4217 code; null where the text names no mappable currency. */
  currency: string | null;
  qualifier: Qualifier;
  amount_high?: number;
  amount_high_exact?: string;
  /** "$3 billion a year" -> per: "year". */
  per?: Period;
  vague?: boolean;
  /** For an equivalent in parentheses ("(C$53 billion)"): `start` of the amount it converts. */
  equivalent_of?: number;
}

export interface DurationMention extends MentionBase {
  kind: 'duration';
  months?: number;
  /** Weeks and days are kept in days (a week is 7 days). */
  days?: number;
  /** "through 2032": months computed from an end date and the publication year. */
  from_end_date?: boolean;
  /** No stated length: "multiyear", "several weeks". */
  vague?: boolean;
  /** A vague count read as three ("several weeks", "a few months"): the conventional estimate, never a stated length. */
  estimated_months?: number;
  estimated_days?: number;
}

export interface PowerMention extends MentionBase {
  kind: 'power';
  mw: number | null;
  /** "a gigawatt a week" -> per: "week". */
  per?: Period;
  vague?: boolean;
}

export interface OrganizationMention extends MentionBase {
  kind: 'organization';
  /** Canonical name from the gazetteer, or the name as written for companies it does not list. */
  name: string;
  /** Gazetteer id (a stable slug), null for companies the gazetteer does not list. */
  org_id: string | null;
}

export type QuantityMention = MoneyMention | DurationMention | PowerMention;
export type Mention = QuantityMention | OrganizationMention;

export type DealKind = 'cloud_compute' | 'chips' | 'data_center' | 'power' | 'investment' | 'other';
export type DealStatus = 'signed' | 'announced' | 'reported' | 'rumored' | 'expanded';

export interface DealValue {
  amount: number;
  amount_exact: string;
  currency: string;
  qualifier: Qualifier;
  amount_high?: number;
  amount_high_exact?: string;
  per?: Period;
}

export interface Deal {
  /** Names as the article writes them. */
  buyer: string;
  provider: string;
  buyer_org_id: string | null;
  provider_org_id: string | null;
  kind: DealKind;
  value: DealValue | null;
  duration_months: number | null;
  capacity_mw: number | null;
  status: DealStatus;
  /** The sentence or sentences that state the deal, and their span in the body. */
  evidence: string;
  evidence_span: Span;
  /** 0..1, with the reasons that raised or lowered it. */
  confidence: number;
  confidence_reasons: string[];
}

export interface Article {
  /** Canonical URL when the page declares one, else the URL it was fetched from. */
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  /** YYYY-MM-DD, never later than the fetch time. */
  published: string | null;
  /** Which signal gave `published` (e.g. "json-ld", "meta:article:published_time", "dateline"). */
  published_source: string | null;
  modified: string | null;
  byline: string | null;
  site_name: string | null;
  language: string | null;
  /** Paragraphs and subheads in reading order, one per line. */
  body: string;
}

export interface Extraction {
  extractor_version: string;
  article: Article;
  mentions: Mention[];
  deals: Deal[];
}
