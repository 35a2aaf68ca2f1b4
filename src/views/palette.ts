// Colours shared by every chart, the diagram and the dots. The hues follow Okabe & Ito's palette, darkened
// where needed so that every stage colour has at least 3:1 contrast with the page and with the stage
// panels (#f3f5f8): dots and swatches stay visible on a washed-out projector. Under simulated protanopia,
// deuteranopia and tritanopia no two stages come closer than about 5 OKLab units (the undarkened palette
// let Nurturing and Recycled nearly merge), and every chart also labels what the colour says, so no state
// is told by colour alone.
import type { StageId } from '../lifecycle/stages';

export const STAGE_COLOURS: Record<StageId, string> = {
  lead: '#108FEF',
  nurturing: '#009E73',
  mql: '#9E5C07',
  sal: '#7D8B40',
  sql: '#0072B2',
  opportunity: '#BB4697',
  won: '#1B1B1B',
  lost: '#D55E00',
  recycled: '#707070',
  disqualified: '#454545',
};

/** Hidden readiness, "what sales can't see": ready buyers stand out in vermillion against blue. */
export const READY_COLOUR = '#D55E00';
export const NOT_READY_COLOUR = '#0072B2';
