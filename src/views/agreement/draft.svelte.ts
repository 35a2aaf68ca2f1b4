// The names and date typed on the card outlive a visit to another page, as the settings do.
import { isoToday, type Teams } from '../../agreement/card';

export const draft = $state<{ teams: Teams; date: string }>({
  teams: { marketing: '', sales: '' },
  date: isoToday(),
});
