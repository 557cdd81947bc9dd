// A step's form: its title, its fields, then the foot with the server's refusal (if any), the
// submit button (.staff-form-submit) and 取消.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import type { StepFailure, StepHost, useStep } from './use-step';
import './actions.scss';

/** The server's refusal in its own words; when the case moved on (409), a way to reload it. */
export function StepError({ failure, onReload }: { failure: StepFailure; onReload: () => void }) {
  if (!failure) return null;
  return (
    <View className="form-error staff-step-error">
      <Text>{failure.message}</Text>
      {failure.stale && (
        <Text className="link staff-step-reload" onClick={onReload}>
          {' '}
          刷新办件
        </Text>
      )}
    </View>
  );
}

export function StepFoot({
  label,
  busy,
  failure,
  danger,
  onSubmit,
  onCancel,
  onReload,
}: {
  /** No label: the choices above submit themselves (a picker), the foot only cancels. */
  label?: string;
  busy: boolean;
  failure: StepFailure;
  danger?: boolean;
  onSubmit?: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  return (
    <View className="staff-step-foot">
      <StepError failure={failure} onReload={onReload} />
      {label && onSubmit && (
        <Button className="staff-form-submit" type={danger ? 'danger' : 'primary'} block loading={busy} onClick={onSubmit}>
          {label}
        </Button>
      )}
      <Text className="link staff-form-cancel" onClick={onCancel}>
        取消
      </Text>
    </View>
  );
}

/** A step's form: its title, its fields, then the foot. */
export function StepForm({
  name,
  title,
  host,
  step,
  submitLabel,
  danger,
  onSubmit,
  children,
}: {
  name: string;
  title: string;
  host: StepHost;
  step: ReturnType<typeof useStep>;
  submitLabel?: string;
  danger?: boolean;
  onSubmit?: () => void;
  children: ReactNode;
}) {
  return (
    <View className={`staff-step-form staff-form-${name}`}>
      <Text className="staff-step-title">{title}</Text>
      {children}
      <StepFoot
        label={submitLabel}
        busy={step.busy}
        failure={step.failure}
        danger={danger}
        onSubmit={onSubmit}
        onCancel={host.cancel}
        onReload={host.reload}
      />
    </View>
  );
}
