// A labelled input with its error underneath (GOV.UK style: say what is wrong, next to where it is).
import { Input, Text, View } from '@tarojs/components';
import type { InputProps } from '@tarojs/components';
import './TextField.scss';

interface TextFieldProps {
  /** Stable hook for styles and browser tests; the <input> sits inside it. */
  className: string;
  label: string;
  value: string;
  error?: string | null;
  hint?: string;
  placeholder?: string;
  type?: InputProps['type'];
  password?: boolean;
  maxlength?: number;
  disabled?: boolean;
  onInput: (value: string) => void;
  onBlur?: (value: string) => void;
}

export function TextField({ className, label, value, error, hint, onInput, onBlur, ...input }: TextFieldProps) {
  return (
    <View className={`field ${className}${error ? ' has-error' : ''}`}>
      <Text className="field-label">{label}</Text>
      {hint && <Text className="field-hint">{hint}</Text>}
      <Input
        className="field-input"
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        onBlur={(e) => onBlur?.(e.detail.value)}
        {...input}
      />
      {error && <Text className="field-error">{error}</Text>}
    </View>
  );
}

/** A failure that belongs to the whole form (wrong password, identity mismatch), shown above its button. */
export function FormError({ message }: { message: string | null }) {
  return message ? <Text className="form-error">{message}</Text> : null;
}
