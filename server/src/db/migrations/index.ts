import { Catalogue1764115200000 } from './1764115200000-catalogue';
import { Identity1764201600000 } from './1764201600000-identity';
import { Appointments1764288000000 } from './1764288000000-appointments';
import { Platform1764374400000 } from './1764374400000-platform';
import { RefreshGrace1764374400001 } from './1764374400001-refresh-grace';
import { StaffTotp1764374400002 } from './1764374400002-staff-totp';
import { Cases1764460800000 } from './1764460800000-cases';
import { CaseHandling1764547200000 } from './1764547200000-case-handling';
import { Notifications1764633600000 } from './1764633600000-notifications';
import { CaseApplicantIndex1764633600001 } from './1764633600001-case-applicant-index';
import { CalendarImport1764720000700 } from './1764720000700-calendar-import';
import { NotificationDeliveries1764720000000 } from './1764720000000-notification-deliveries';
import { NotificationSubscriptions1764720000100 } from './1764720000100-notification-subscriptions';
import { AgentConsentCodes1764720000400 } from './1764720000400-agent-consent-codes';
import { HallQueue1764720000200 } from './1764720000200-hall-queue';
import { RealNameConsent1764720000300 } from './1764720000300-real-name-consent';
import { ElderModePreference1764800000100 } from './1764800000100-elder-mode-preference';

/** In order. Every migration must run on SQLite and MySQL/MariaDB alike. */
export const migrations = [
  Catalogue1764115200000,
  Identity1764201600000,
  Appointments1764288000000,
  Platform1764374400000,
  RefreshGrace1764374400001,
  StaffTotp1764374400002,
  Cases1764460800000,
  CaseHandling1764547200000,
  Notifications1764633600000,
  CaseApplicantIndex1764633600001,
  NotificationDeliveries1764720000000,
  NotificationSubscriptions1764720000100,
  HallQueue1764720000200,
  RealNameConsent1764720000300,
  AgentConsentCodes1764720000400,
  CalendarImport1764720000700,
  ElderModePreference1764800000100,
];
