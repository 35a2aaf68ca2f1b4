// The vocabulary of the simulated market. Order matters: typed arrays in the engine index by position,
// so append new entries at the end to keep saved results and share links meaningful.

export const ACTIVITY_KINDS = [
  'pageView',
  'emailOpen',
  'emailClick',
  'documentDownload',
  'seminar',
  'inquiry',
  'pricingView',
  'quoteRequest',
  'careersView',
  'unsubscribe',
  'hardBounce',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ROLES = ['executive', 'director', 'manager', 'staff', 'student'] as const;
export type Role = (typeof ROLES)[number];

export const COMPANY_SIZES = ['small', 'mid', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const CHANNELS = [
  'seminar',
  'tradeShow',
  'webInquiry',
  'documentDownload',
  'webAd',
  'referral',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Why sales turns an MQL or SAL down (SiriusDecisions' reasons, plus "could not be reached"). */
export const REJECT_REASONS = [
  'not_in_icp',
  'no_budget',
  'no_authority',
  'no_need',
  'no_timeline',
  'competitor',
  'no_response',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const RECYCLE_REASONS = ['not_followed_up', 'stalled'] as const;
export type RecycleReason = (typeof RECYCLE_REASONS)[number];

export const DISQUALIFY_REASONS = ['hard_bounce'] as const;
export type DisqualifyReason = (typeof DISQUALIFY_REASONS)[number];

export const kindIndex = (kind: ActivityKind): number => ACTIVITY_KINDS.indexOf(kind);
