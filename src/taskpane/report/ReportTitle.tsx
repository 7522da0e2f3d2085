import { makeStyles, typographyStyles } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState } from 'react';
import { NarrativeDocument } from '../../core/narrative/document';
import { titleLines } from '../../core/narrative/title';

const useStyles = makeStyles({
  title: { ...typographyStyles.subtitle2, textAlign: 'center', display: 'block', margin: 0 },
});

/** Characters of the title that fit the heading's width (CJK characters are 1 em wide). */
function charsThatFit(el: HTMLElement): number {
  const em = parseFloat(getComputedStyle(el).fontSize) || 16;
  return Math.floor(el.clientWidth / em);
}

/** The report's title: one line when it fits the pane, else the unit above "{年}年度决算情况说明". */
export function ReportTitle({ doc }: { doc: Pick<NarrativeDocument, 'title' | 'titleParts'> }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  const [perLine, setPerLine] = useState(Infinity);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setPerLine(charsThatFit(el) || Infinity);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const lines = titleLines(doc, perLine);
  return (
    <h2 className={styles.title} data-testid="report-title" ref={ref}>
      {lines.map((line, i) => (
        <span key={i} style={{ display: 'block' }} data-testid="report-title-line">
          {line}
        </span>
      ))}
    </h2>
  );
}
