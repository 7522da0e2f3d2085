import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenItem } from '../../core/narrative/document';
import { placeholderDomId } from './PlaceholderView';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  item: { marginBottom: tokens.spacingVerticalXXS },
  // A button is an inline block whose baseline is its last line: aligned to the top, the
  // list number sits beside the item's first line instead.
  link: { verticalAlign: 'top', textAlign: 'left' },
});

/** Bring a gap into view and give it focus, so Enter opens its editor. */
export function goToPlaceholder(id: string): void {
  const el = document.getElementById(placeholderDomId(id));
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

export interface OpenItemsListProps {
  items: OpenItem[];
  /** Called after a link was followed (closes a dialog). */
  onFollow?: () => void;
}

/** The open items (待补充事项), each a link to its gap in the report. */
export function OpenItemsList({ items, onFollow }: OpenItemsListProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list} data-testid="open-items">
      {items.map((o) => (
        <li key={o.id} className={styles.item}>
          <Link
            as="button"
            className={styles.link}
            onClick={() => {
              onFollow?.();
              // After a dialog closes, the report is back in the page.
              setTimeout(() => goToPlaceholder(o.id), 0);
            }}
          >
            {o.description}
          </Link>
        </li>
      ))}
    </ol>
  );
}
