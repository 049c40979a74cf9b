import type { MessageTable } from '../i18n';
import { agreementEn } from './agreement.en';
import { catalogueEn } from './catalogue.en';
import { collabEn } from './collab.en';
import { documentEn } from './document.en';
import { guideEn } from './guide.en';
import { guideUiEn } from './guide-ui.en';
import { qualityEn } from './quality.en';
import { sealEn } from './seal.en';
import { recordEn } from './record.en';
import { uiEn } from './ui.en';
import { workshopEn } from './workshop.en';

/** Every English message, loaded on demand (see loadLocale). */
export const en: MessageTable = {
  ...uiEn,
  ...catalogueEn,
  ...documentEn,
  ...guideEn,
  ...guideUiEn,
  ...qualityEn,
  ...collabEn,
  ...workshopEn,
  ...sealEn,
  ...agreementEn,
  ...recordEn,
};
