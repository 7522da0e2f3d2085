import { JuesuanError } from '../../core/errors';

/** A chart could not be drawn: a malformed specification, or the rasteriser failed. */
export class ChartRenderError extends JuesuanError {}
