import { Badge, Button, Textarea, makeStyles, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { CellRef } from '../../core/grid/sheet-grid';
import { OpenItem, Paragraph, paragraphText } from '../../core/narrative/document';
import { NumberRunView } from './NumberRunView';
import { PlaceholderView } from './PlaceholderView';

const useStyles = makeStyles({
  root: { position: 'relative', marginBottom: tokens.spacingVerticalS },
  text: { margin: 0, textIndent: '2em', lineHeight: '1.8', fontSize: tokens.fontSizeBase300 },
  tools: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: tokens.spacingHorizontalXS },
  caption: { textAlign: 'center', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface ParagraphViewProps {
  paragraph: Paragraph;
  /** "一:0": section id and index, for the aria labels and the stored edit. */
  pkey: string;
  /** The user's own text of this paragraph, when kept. */
  edit?: string;
  year?: number;
  openItems: Map<string, OpenItem>;
  saving: boolean;
  onSelect: (cells: CellRef[]) => void;
  onSaveTyped: (id: string, text: string) => Promise<void>;
  onSaveEdit: (key: string, text: string | undefined, generated: string) => Promise<void>;
}

/** One paragraph: figures tied to their cells, gaps to fill, and the user's own wording. */
export function ParagraphView(props: ParagraphViewProps) {
  const { paragraph, pkey, edit, year, openItems, saving, onSelect, onSaveTyped, onSaveEdit } = props;
  const styles = useStyles();
  // One Tab stop per paragraph: its figures and gaps are reached with the arrow keys
  // (a Tabster mover; Tab leaves the group unless `tabbable`).
  const arrows = useArrowNavigationGroup({ axis: 'horizontal', memorizeCurrent: true });
  const generated = paragraphText(paragraph);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const begin = () => {
    setDraft(edit ?? generated);
    setEditing(true);
  };
  const save = (text: string | undefined) => void onSaveEdit(pkey, text, generated).then(() => setEditing(false));

  let before = '';
  const runs = paragraph.runs.map((r, i) => {
    const prev = before;
    before += r.text;
    if (r.kind === 'number') return <NumberRunView key={i} run={r} year={year} onSelect={onSelect} />;
    if (r.kind === 'placeholder') {
      const description = openItems.get(r.id)?.description ?? r.text;
      return <PlaceholderView key={i} run={r} description={description} textBefore={prev} saving={saving} onSave={onSaveTyped} />;
    }
    return <span key={i}>{r.text}</span>;
  });

  return (
    <div className={styles.root} data-testid="report-paragraph" data-key={pkey}>
      {editing ? (
        <>
          <Textarea value={draft} onChange={(_, d) => setDraft(d.value)} resize="vertical" rows={6} aria-label={`修改第 ${pkey} 段`} data-testid="paragraph-input" />
          <div className={styles.row}>
            <Button size="small" appearance="primary" disabled={saving || draft.trim() === ''} onClick={() => save(draft)}>
              保存
            </Button>
            {edit !== undefined && (
              <Button size="small" disabled={saving} onClick={() => save(undefined)}>
                恢复生成的文字
              </Button>
            )}
            <Button size="small" onClick={() => setEditing(false)}>
              取消
            </Button>
          </div>
        </>
      ) : (
        <p className={styles.text} {...(edit === undefined ? arrows : {})}>
          {edit ?? runs}
        </p>
      )}
      {!editing && (
        <div className={styles.tools}>
          {edit !== undefined && (
            <Badge size="small" appearance="tint" color="informative">
              已修改
            </Badge>
          )}
          <Button size="small" appearance="transparent" icon={<EditRegular />} onClick={begin} aria-label={`修改第 ${pkey} 段`} title="修改本段文字" />
        </div>
      )}
      {paragraph.chart && <p className={styles.caption}>{paragraph.chart.caption}</p>}
    </div>
  );
}
