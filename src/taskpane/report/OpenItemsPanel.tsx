import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { OpenItem } from '../../core/narrative/document';
import { OpenItemsList } from './OpenItemsList';

const useStyles = makeStyles({
  root: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalXS },
  toggle: { justifyContent: 'flex-start', width: '100%', fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** 待补充事项 as one line with its count; the list opens on demand. */
export function OpenItemsPanel({ items }: { items: OpenItem[] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const expandable = items.length > 0;
  return (
    <section className={styles.root} aria-label="待补充事项">
      <Button
        appearance="subtle"
        className={styles.toggle}
        icon={expandable ? open ? <ChevronDownRegular /> : <ChevronRightRegular /> : undefined}
        aria-expanded={expandable ? open : undefined}
        aria-controls={expandable && open ? id : undefined}
        disabledFocusable={!expandable}
        onClick={() => setOpen(!open)}
        data-testid="open-count"
      >
        待补充事项：{items.length} 项
      </Button>
      {expandable && open && (
        <div id={id} className={styles.body}>
          <OpenItemsList items={items} />
          <Caption1 className={styles.hint}>黄色标出的内容需要补充：点击后可采用参考原因或自行填写，保存在工作簿中。</Caption1>
        </div>
      )}
    </section>
  );
}
