import { Button, Field, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Supplement } from '../../core/supplement';
import { WorkbookHost } from '../../hosts/workbook-host';
import { SUPPLEMENT_FORM_SHEET, SupplementValues, formBlockedReason, formGroups, formProblems, formValues, supplementRows, valueProblem } from './form-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface SupplementFormProps {
  host: WorkbookHost;
  /** The workbook's 补充信息 sheet as the last check read it (review.supplement). */
  supplement?: Supplement;
  /** Called after a save, to check again so the report reads the new facts. */
  onSaved: () => void;
}

/** 补充信息: facts no schedule holds (政府采购, 国有资产, “三公” counts, 绩效), saved to 决算助手_补充信息. */
export function SupplementForm({ host, supplement, onSaved }: SupplementFormProps) {
  const styles = useStyles();
  const [values, setValues] = useState<SupplementValues>(() => formValues(supplement));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ intent: 'success' | 'error'; text: string }>();
  // A new check brings the sheet's values, unless the user is in the middle of typing.
  useEffect(() => {
    if (!dirty) setValues(formValues(supplement));
  }, [supplement, dirty]);
  const blocked = formBlockedReason(supplement);
  const problems = formProblems(values);

  const save = async () => {
    setSaving(true);
    setStatus(undefined);
    try {
      await host.writeOwnedSheet(SUPPLEMENT_FORM_SHEET, supplementRows(values, supplement));
      setDirty(false);
      setStatus({ intent: 'success', text: `已保存到工作表“${SUPPLEMENT_FORM_SHEET}”。` });
      onSaved();
    } catch (err) {
      setStatus({ intent: 'error', text: `保存补充信息失败：${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-label="补充信息" data-testid="supplement-form">
      <Text weight="semibold">补充信息</Text>
      <Text className={styles.hint} size={200}>
        决算表中没有、说明需要的数字。金额单位为万元；不填的项目在说明中留作待填事项。
      </Text>
      {blocked && (
        <MessageBar intent="info">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      {formGroups().map((group) => (
        <div key={group.heading} className={styles.group} role="group" aria-label={group.heading}>
          <Text weight="semibold" size={200}>
            {group.heading}
          </Text>
          {group.items.map((item) => {
            const problem = valueProblem(item, values[item.name] ?? '');
            return (
              <Field key={item.name} label={item.name} size="small" validationState={problem ? 'error' : 'none'} validationMessage={problem}>
                <Input
                  size="small"
                  value={values[item.name] ?? ''}
                  disabled={blocked !== undefined}
                  contentAfter={<Text size={200}>{item.unit}</Text>}
                  inputMode="decimal"
                  onChange={(_, data) => {
                    setValues((v) => ({ ...v, [item.name]: data.value }));
                    setDirty(true);
                  }}
                />
              </Field>
            );
          })}
        </div>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={blocked !== undefined || saving || problems.length > 0} onClick={() => void save()}>
          保存
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
