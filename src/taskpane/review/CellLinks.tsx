import { Link } from '@fluentui/react-components';
import { Fragment } from 'react';
import { CellRef } from '../../core/grid/sheet-grid';

export interface CellLinksProps {
  cells: CellRef[];
  /** At most this many links, then "等 N 个单元格". */
  limit: number;
  onSelect: (cell: CellRef) => void;
}

/** Each cell of a finding as a link that selects it, moving to its sheet: "T01!F11、T03!E7". */
export function CellLinks({ cells, limit, onSelect }: CellLinksProps) {
  return (
    <>
      {cells.slice(0, limit).map((c, i) => {
        const ref = `${c.sheet}!${c.address}`;
        return (
          <Fragment key={ref}>
            {i > 0 && '、'}
            <Link as="button" inline onClick={() => onSelect(c)} data-testid="cell-link" aria-label={`选中 ${ref}`}>
              {ref}
            </Link>
          </Fragment>
        );
      })}
      {cells.length > limit && ` 等 ${cells.length} 个单元格`}
    </>
  );
}
