import { makeStyles, tokens } from '@fluentui/react-components';
import { Section } from '../../core/narrative/document';
import { paragraphKey } from '../../core/narrative/user-text';
import { ParagraphView, ParagraphViewProps } from './ParagraphView';

const useStyles = makeStyles({
  h1: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  h2: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

export type SectionViewProps = Omit<ParagraphViewProps, 'paragraph' | 'pkey' | 'edit'> & {
  section: Section;
  edits: ReadonlyMap<string, string>;
};

/** A heading with its paragraphs and sub-sections. */
export function SectionView({ section, edits, ...rest }: SectionViewProps) {
  const styles = useStyles();
  const Heading = section.level === 1 ? 'h3' : 'h4';
  return (
    <section data-testid={`report-section-${section.id}`} aria-label={section.heading}>
      <Heading className={section.level === 1 ? styles.h1 : styles.h2}>{section.heading}</Heading>
      {section.paragraphs.map((p, i) => {
        const key = paragraphKey(section.id, i);
        return <ParagraphView key={key} paragraph={p} pkey={key} edit={edits.get(key)} {...rest} />;
      })}
      {section.subsections.map((s) => (
        <SectionView key={s.id} section={s} edits={edits} {...rest} />
      ))}
    </section>
  );
}
