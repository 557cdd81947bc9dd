// Fields the step forms use besides TextField: a multi-line field, a date, a tick box.
import type { ReactNode } from 'react';
import { Picker, Text, Textarea, View } from '@tarojs/components';
import '@/components/TextField.scss';
import './actions.scss';

interface FieldProps {
  className: string;
  label: string;
  value: string;
  error?: string | null;
  placeholder?: string;
  maxlength?: number;
  onInput: (value: string) => void;
}

export function TextAreaField({ className, label, value, error, placeholder, maxlength, onInput }: FieldProps) {
  return (
    <View className={`field ${className}${error ? ' has-error' : ''}`}>
      <Text className="field-label">{label}</Text>
      <Textarea
        className="field-input staff-textarea"
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onInput(e.detail.value)}
      />
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}

export function DateField({ className, label, value, error, placeholder = '请选择日期', onInput }: FieldProps) {
  return (
    <View className={`field ${className}${error ? ' has-error' : ''}`}>
      <Text className="field-label">{label}</Text>
      <Picker mode="date" value={value} onChange={(e) => onInput(e.detail.value)}>
        <View className="field-input">{value || <Text className="muted">{placeholder}</Text>}</View>
      </Picker>
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}

/** A tick box with its words; the whole line toggles it. */
export function Check({
  className,
  checked,
  onChange,
  children,
}: {
  className: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <View
      className={`staff-check ${className}${checked ? ' is-checked' : ''}`}
      role="checkbox"
      aria-checked={checked}
      onClick={() => onChange(!checked)}
    >
      <Text className="staff-check-box">{checked ? '✓' : ''}</Text>
      <View className="staff-check-label">{children}</View>
    </View>
  );
}
