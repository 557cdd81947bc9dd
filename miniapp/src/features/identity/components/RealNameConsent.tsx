// The separate consent to handling the ID number (个人信息保护法): what it is for, how it is kept,
// who sees it — read first, then ticked. Nothing is ticked for the resident.
import { Text, View } from '@tarojs/components';
import { REAL_NAME_CONSENT_LABEL, REAL_NAME_CONSENT_TERMS, REAL_NAME_CONSENT_TITLE } from '@bianmin/shared/identity/real-name-consent';

export function RealNameConsent({
  agreed,
  error,
  onChange,
}: {
  agreed: boolean;
  error: string | null;
  onChange: (agreed: boolean) => void;
}) {
  return (
    <View className="card realname-privacy">
      <Text className="realname-privacy-heading">{REAL_NAME_CONSENT_TITLE}</Text>
      {REAL_NAME_CONSENT_TERMS.map((term) => (
        <View key={term.heading}>
          <Text className="realname-privacy-title">{term.heading}</Text>
          <Text className="muted">{term.text}</Text>
        </View>
      ))}
      <View
        className={`realname-consent${agreed ? ' is-checked' : ''}`}
        role="checkbox"
        aria-checked={agreed}
        onClick={() => onChange(!agreed)}
      >
        <Text className="realname-consent-box">{agreed ? '✓' : ''}</Text>
        <Text className="realname-consent-label">{REAL_NAME_CONSENT_LABEL}</Text>
      </View>
      {error && <Text className="field-error realname-consent-error">{error}</Text>}
    </View>
  );
}
