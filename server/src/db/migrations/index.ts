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
];
