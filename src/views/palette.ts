// Colours shared by every chart, the diagram and the dots. Okabe & Ito's palette stays distinguishable
// with the common colour-vision deficiencies; every chart also labels what the colour says, so no
// state is told by colour alone.
import type { StageId } from '../lifecycle/stages';

export const STAGE_COLOURS: Record<StageId, string> = {
  lead: '#56B4E9',
  nurturing: '#009E73',
  mql: '#E69F00',
  sal: '#F0E442',
  sql: '#0072B2',
  opportunity: '#CC79A7',
  won: '#1B1B1B',
  lost: '#D55E00',
  recycled: '#8A8A8A',
  disqualified: '#C4C4C4',
};

/** Hidden readiness, "what sales can't see": ready buyers stand out in vermillion against blue. */
export const READY_COLOUR = '#D55E00';
export const NOT_READY_COLOUR = '#0072B2';
