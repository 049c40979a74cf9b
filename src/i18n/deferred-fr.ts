import { registerDeferredFrench } from './i18n';
import { agreementFr } from './messages/agreement.fr';
import { recordFr } from './messages/record.fr';
import { sealFr } from './messages/seal.fr';

// Imported for its effect by every module that shows the open project (the wizard, the
// documents, the signatory's page): their French messages travel with them, not with the
// first screen.
registerDeferredFrench({ ...agreementFr, ...sealFr, ...recordFr });
