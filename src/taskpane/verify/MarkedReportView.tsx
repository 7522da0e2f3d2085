import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { VERIFY_KIND_LABELS, type VerifyResult, markedReport } from '../../core/verify';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, lineHeight: tokens.lineHeightBase400 },
  heading: { marginTop: tokens.spacingVerticalS },
  paragraph: { margin: 0, overflowWrap: 'anywhere' },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  unchecked: { backgroundColor: tokens.colorNeutralBackground3 },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  ref: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase100 },
});

export interface MarkedReportViewProps {
  result: VerifyResult;
  /** The sentence of the finding last clicked: outlined and scrolled to. */
  activeSentence?: number;
}

/** The report's text by section, each sentence with a finding marked and the findings' numbers after it. */
export function MarkedReportView({ result, activeSentence }: MarkedReportViewProps) {
  const styles = useStyles();
  const sections = useMemo(() => markedReport(result), [result]);
  const active = useRef<HTMLElement>(null);
  useEffect(() => {
    active.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeSentence]);
  return (
    <div className={styles.root} data-testid="verify-text">
      {sections.map((section, si) => (
        <div key={si}>
          {section.section && (
            <Text as="h4" weight="semibold" block className={styles.heading}>
              {section.section}
            </Text>
          )}
          {section.paragraphs.map((sentences, pi) => (
            <p key={pi} className={styles.paragraph}>
              {sentences.map((s) =>
                s.mark ? (
                  <span key={s.index}>
                    <mark
                      ref={s.index === activeSentence ? active : undefined}
                      className={mergeClasses(styles[s.mark], s.index === activeSentence && styles.active)}
                      data-testid="verify-mark"
                      data-severity={s.mark}
                      data-sentence={s.index}
                      title={s.mark === 'unchecked' ? '含有未能与表内数字核对的数字' : s.findings.map((i) => `${i + 1}. ${VERIFY_KIND_LABELS[result.findings[i].kind]}`).join('\n')}
                    >
                      {s.text}
                    </mark>
                    {s.findings.length > 0 && <sup className={styles.ref}>{s.findings.map((i) => i + 1).join(',')}</sup>}
                  </span>
                ) : (
                  <span key={s.index}>{s.text}</span>
                ),
              )}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
