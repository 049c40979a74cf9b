import { registerDeferredFrench } from './i18n';
import { agreementFr } from './messages/agreement.fr';
import { catalogueFr } from './messages/catalogue.fr';
import { collabFr } from './messages/collab.fr';
import { documentFr } from './messages/document.fr';
import { guideFr } from './messages/guide.fr';
import { guideUiFr } from './messages/guide-ui.fr';
import { qualityFr } from './messages/quality.fr';
import { recordFr } from './messages/record.fr';
import { sealFr } from './messages/seal.fr';
import { uiFr } from './messages/ui.fr';
import { workshopFr } from './messages/workshop.fr';

// Imported for its effect by every module shown after the first screen (the wizard, the
// documents, the signatory's page, the comparison, an example read, the about page, the
// project file reader): the French messages travel with them, not with the home screen,
// which has its own (messages/home.fr.ts). One chunk, fetched with the first of them.
registerDeferredFrench({
  ...uiFr,
  ...catalogueFr,
  ...documentFr,
  ...guideFr,
  ...guideUiFr,
  ...qualityFr,
  ...collabFr,
  ...workshopFr,
  ...agreementFr,
  ...sealFr,
  ...recordFr,
});
