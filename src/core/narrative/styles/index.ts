import { NATIONAL_STYLE } from './national';
import { SICHUAN_STYLE } from './sichuan';
import { NarrativeStyle } from './style';

export type { NarrativeStyle, SectionSpec, PartKey, ChartKey } from './style';
export { SICHUAN_STYLE, NATIONAL_STYLE };

/** The style data for a style name. */
export function narrativeStyle(id: 'sichuan' | 'national'): NarrativeStyle {
  return id === 'sichuan' ? SICHUAN_STYLE : NATIONAL_STYLE;
}
