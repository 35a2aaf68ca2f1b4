// The behaviour of the simulated market. These are modelling assumptions, not settings a workshop tunes:
// each figure is chosen so the default scenario lands inside the ranges quoted in the domain brief
// (inquiry->MQL 10-25%, MQL->SAL 40-60%, SAL->SQL 50-70%, SQL->won 20-30%) rather than to fit any one tool.
import type { Channel } from './catalog';

/** Hidden readiness at or above this means the lead would buy if sales engaged now. */
export const READY = 0.6;
/** Readiness of a lead whose buying window has passed (bought elsewhere, project shelved). */
export const COLD_READINESS = 0.1;

export const CHANNEL_MIX: Record<Channel, number> = {
  seminar: 0.15,
  tradeShow: 0.15,
  webInquiry: 0.1,
  documentDownload: 0.25,
  webAd: 0.25,
  referral: 0.1,
};

/** Starting readiness by source: referrals and inquiries arrive warm, ads and show cards cold. */
export const CHANNEL_READINESS: Record<Channel, number> = {
  seminar: 0.15,
  tradeShow: 0.08,
  webInquiry: 0.3,
  documentDownload: 0.12,
  webAd: 0.05,
  referral: 0.35,
};

/** How busy leads from each source are, in activities per day at readiness 0. */
export const CHANNEL_ACTIVITY: Record<Channel, number> = {
  seminar: 0.09,
  tradeShow: 0.05,
  webInquiry: 0.08,
  documentDownload: 0.07,
  webAd: 0.05,
  referral: 0.08,
};

/** The activity that created the lead, if its source implies one (a trade-show card does not). */
export const CHANNEL_FIRST_ACTIVITY = {
  seminar: 'seminar',
  tradeShow: null,
  webInquiry: 'inquiry',
  documentDownload: 'documentDownload',
  webAd: 'pageView',
  referral: 'inquiry',
} as const;

export const ROLE_MIX = { executive: 0.08, director: 0.12, manager: 0.3, staff: 0.4, student: 0.1 };
export const SIZE_MIX = { small: 0.45, mid: 0.35, large: 0.2 };
export const TARGET_INDUSTRY_SHARE = 0.55;
export const FREE_MAIL_SHARE = 0.2;
export const STUDENT_FREE_MAIL_SHARE = 0.7;
export const COMPETITOR_SHARE = 0.03;

/** Readiness gained per day of nurturing by the keenest leads; most gain far less (rate x u^2). */
export const MAX_NURTURE_GAIN = 1 / 90;
/** How long a ready lead stays ready before going cold: MIN + u x SPAN days. */
export const READY_WINDOW_MIN = 20;
export const READY_WINDOW_SPAN = 60;

/** Activity rate multiplier: rate = base x (ACTIVITY_FLOOR + ACTIVITY_GAIN x readiness). */
export const ACTIVITY_FLOOR = 0.4;
export const ACTIVITY_GAIN = 2.6;

/** Chance of reaching a lead however late the call (the speed-to-lead curve's floor). */
export const REACH_FLOOR = 0.25;
/** Sales accepts a reached MQL with ACCEPT_BASE + ACCEPT_GAIN x readiness. */
export const ACCEPT_BASE = 0.15;
export const ACCEPT_GAIN = 0.85;
/** A ready SAL qualifies with this chance; an unready one never does. */
export const QUALIFY_IF_READY = 0.85;
/** SQL -> opportunity: OPEN_BASE + OPEN_GAIN x readiness. */
export const OPEN_BASE = 0.5;
export const OPEN_GAIN = 0.4;
/** Opportunity -> won: WIN_BASE + WIN_GAIN x readiness. */
export const WIN_BASE = 0.05;
export const WIN_GAIN = 0.4;
/** Working days from one sales step to the next: MIN + floor(u x SPAN). */
export const QUALIFY_DAYS = { min: 1, span: 6 };
export const OPEN_DAYS = { min: 2, span: 9 };
export const CLOSE_DAYS = { min: 14, span: 46 };
