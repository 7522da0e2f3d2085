import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXXXL,
    textAlign: 'center',
    color: tokens.colorNeutralForeground3,
  },
});

/** The empty state of a tab whose feature is not built yet: says so, shows nothing made up. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Text weight="semibold" size={400}>
        {title}：将在后续版本提供
      </Text>
      <Text>{text}</Text>
    </div>
  );
}
