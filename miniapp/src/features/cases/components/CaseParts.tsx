// The pieces every case view shares: status and progress, the dates in working days, the timeline.
import { Text, View } from '@tarojs/components';
import type { Case, CasePublicView } from '@bianmin/shared/cases/case.schema';
import type { CaseStatus } from '@bianmin/shared/cases/case-status';
import { formatInstant } from '@/lib/district-time';
import { afterAcceptance, caseTone, formatDate } from '@/lib/case-display';
import './case.scss';

type Progress = Case['progress'];

export function StatusBadge({ status, label }: { status: CaseStatus; label: string }) {
  return <Text className={`badge case-status${caseTone(status)}`}>{label}</Text>;
}

/** 第2步/共5步: a bar, and the step in words (not only its length). */
export function ProgressBar({ progress }: { progress: Progress }) {
  const percent = Math.round((progress.step / Math.max(1, progress.of)) * 100);
  return (
    <View className="case-progress" aria-label={`进度：第${progress.step}步，共${progress.of}步`}>
      <View className="case-progress-track">
        <View className="case-progress-bar" style={{ width: `${percent}%` }} />
      </View>
      <Text className="muted case-progress-label">
        {progress.label}（{progress.step}/{progress.of}）
      </Text>
    </View>
  );
}

/** The head of a case: item, number, status, progress and what happens next. */
export function CaseHead({ c }: { c: Pick<Case, 'number' | 'item' | 'status' | 'statusLabel' | 'progress' | 'nextStep'> }) {
  return (
    <View className="card case-head">
      <View className="case-head-top">
        <Text className="case-head-item">{c.item.name}</Text>
        <StatusBadge status={c.status} label={c.statusLabel} />
      </View>
      <Text className="muted">{c.item.department.name}</Text>
      <Text className="muted case-head-number">办件编号 {c.number}</Text>
      <ProgressBar progress={c.progress} />
      <Text className="case-next-step">{c.nextStep}</Text>
    </View>
  );
}

function Row({ label, value, className }: { label: string; value: string; className: string }) {
  return (
    <View className={`case-row ${className}`}>
      <Text className="muted case-row-label">{label}</Text>
      <Text className="case-row-value">{value}</Text>
    </View>
  );
}

/** 受理期限 / 承诺办结 / 法定办结 / 已用工作日, each when it can be known. */
export function CaseDatesCard({ dates: d }: { dates: Case['dates'] }) {
  return (
    <View className="card case-dates">
      <View className="card-title">办理期限</View>
      <Row label="提交时间" value={formatInstant(d.submittedAt)} className="case-submitted-at" />
      {d.acceptanceDueOn && <Row label="受理期限" value={`${formatDate(d.acceptanceDueOn)}前`} className="case-acceptance-due" />}
      {d.acceptedOn && <Row label="受理日期" value={formatDate(d.acceptedOn)} className="case-accepted-on" />}
      <Row
        label="承诺办结"
        value={d.promisedDeadline ? `${formatDate(d.promisedDeadline)}前` : afterAcceptance(d.promisedLimitDays)}
        className="case-promised"
      />
      <Row
        label="法定办结"
        value={d.legalDeadline ? `${formatDate(d.legalDeadline)}前` : afterAcceptance(d.legalLimitDays)}
        className="case-legal"
      />
      {d.workingDaysUsed !== null && (
        <Row
          label="已用工作日"
          value={`${d.workingDaysUsed}个工作日${d.promisedLimitDays > 0 ? `（共${d.promisedLimitDays}个）` : ''}`}
          className="case-days-used"
        />
      )}
    </View>
  );
}

const ACTOR = { applicant: '申请人', agent: '代办人', staff: '工作人员', system: '系统' } as const;

/** The full record, newest first. */
export function Timeline({ entries }: { entries: CasePublicView['timeline'] }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className="card case-timeline">
      <View className="card-title">办理记录</View>
      {newestFirst.map((e, i) => (
        <View key={`${e.at}-${i}`} className={`case-event${i === 0 ? ' is-latest' : ''}`}>
          <View className="case-event-dot" />
          <View className="case-event-body">
            <Text className="case-event-status">{e.statusLabel}</Text>
            <Text className="muted">
              {formatInstant(e.at)} · {ACTOR[e.actor]}
            </Text>
            {e.note && <Text className="case-event-note">{e.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
