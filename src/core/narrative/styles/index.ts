import { reportStyle } from '../../templates';
import { NATIONAL_STYLE } from './national';
import { SICHUAN_STYLE } from './sichuan';
import { NarrativeStyle } from './style';

export type { NarrativeStyle, SectionSpec, PartKey, ChartKey, LeadSentences } from './style';
export { SICHUAN_STYLE, NATIONAL_STYLE };

/**
 * The style data for a style id of the template registry.
 * @throws Error for an id never registered
 */
export function narrativeStyle(id: string): NarrativeStyle {
  return reportStyle(id);
}
