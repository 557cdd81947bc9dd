// 消息中心: every notice about my cases and appointments, newest first. Unread ones carry a dot AND
// the word 未读 (colour is never the only signal). Tapping one marks it read and opens what it is
// about (the case page, or the appointment ticket); 全部已读 marks them all. Above them, the SMS switch.
import { useRef, useState } from 'react';
import Taro, { useDidShow, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Message, MessageList } from '@bianmin/shared/notifications/message.schema';
import { formatInstant } from '@/lib/district-time';
import { messageOf } from '@/lib/request';
import { useSignInRequirement } from '@/lib/sign-in-requirement';
import { usePagedList } from '@/lib/use-paged-list';
import { usePageClass } from '@/lib/elder-mode';
import { EmptyState, ErrorState, LoadingState } from '@/components/PageState';
import { ListFooter } from '@/components/ListFooter';
import { appointmentPages } from '@/features/appointments/pages';
import { casePages } from '@/features/cases/pages';
import { listMessages, markAllRead, markRead } from '../../api';
import { SmsPreference } from '../../components/SmsPreference';
import { messagePages } from '../../pages';
import './index.scss';
import { tell } from '@/lib/elder-mode-notices';

type List = ReturnType<typeof usePagedList<Message, MessageList>>;

/** Where a message leads, or null when it is about nothing to open. */
export function linkOf(m: Message): string | null {
  if (!m.link) return null;
  return m.link.kind === 'case' ? casePages.detail.url(m.link.id) : appointmentPages.ticket.url(m.link.id);
}

export default function MessagesPage() {
  const pageClass = usePageClass('page messages');
  const signInFirst = useSignInRequirement(messagePages.list);
  const [visit, setVisit] = useState(0);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) setVisit((v) => v + 1); // new messages may have come meanwhile
    shown.current = true;
  });
  const list = usePagedList<Message, MessageList>(
    (page: number) => (signInFirst ? new Promise<never>(() => {}) : listMessages(page)),
    `${visit}:${signInFirst ? 'out' : 'in'}`,
  );
  useReachBottom(list.loadMore);
  if (signInFirst) return signInFirst;
  return (
    <View className={pageClass}>
      <SmsPreference />
      <Messages key={list.generation} list={list} /> {/* a new load starts from the server's word */}
    </View>
  );
}

function Messages({ list }: { list: List }) {
  // Read here since the list loaded (the next load brings the server's word).
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set());
  const [allRead, setAllRead] = useState(false);
  const [busy, setBusy] = useState(false);
  if (list.status === 'loading') return <LoadingState text="正在加载消息…" />;
  if (list.status === 'error') return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return <EmptyState title="暂无消息" />;

  const isRead = (m: Message) => m.readAt !== null || readNow.has(m.id) || allRead;
  const unread = allRead ? 0 : Math.max(0, (list.last?.unread ?? 0) - readNow.size);

  function open(m: Message) {
    if (!isRead(m)) {
      setReadNow((s) => new Set(s).add(m.id));
      markRead(m.id).catch(() => {}); // shown as read anyway; the next load tells the truth
    }
    const url = linkOf(m);
    if (url) void Taro.navigateTo({ url });
  }

  async function readAll() {
    setBusy(true);
    try {
      await markAllRead();
      setAllRead(true);
    } catch (err) {
      tell(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="messages-list">
      <View className="messages-head">
        <Text className="messages-unread-count">{unread > 0 ? `${unread}条未读` : '没有未读消息'}</Text>
        {unread > 0 && (
          <Text className={`link messages-read-all${busy ? ' is-busy' : ''}`} onClick={() => void (busy ? null : readAll())}>
            全部已读
          </Text>
        )}
      </View>
      {list.items.map((m) => (
        <MessageRow key={m.id} m={m} read={isRead(m)} onOpen={() => open(m)} />
      ))}
      <ListFooter list={list} />
    </View>
  );
}

function MessageRow({ m, read, onOpen }: { m: Message; read: boolean; onOpen: () => void }) {
  return (
    <View className={`card message${read ? ' is-read' : ' is-unread'}`} data-id={m.id} onClick={onOpen}>
      <View className="message-head">
        {!read && <View className="message-dot" aria-hidden />}
        <Text className="message-title">{m.title}</Text>
        {!read && <Text className="badge message-unread">未读</Text>}
      </View>
      <Text className="message-body">{m.body}</Text>
      <View className="message-foot">
        <Text className="muted message-time">{formatInstant(m.createdAt)}</Text>
        {m.link && <Text className="link">{m.link.kind === 'case' ? '查看办件 ›' : '查看预约 ›'}</Text>}
      </View>
    </View>
  );
}
