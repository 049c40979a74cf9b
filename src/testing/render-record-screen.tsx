import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { RecordContext } from '../machine/record.context';
import { RecordScreen } from '../record/record-screen';
import type { DraftProject } from '../schemas/project.schema';

/** The partnership record's screen of `project` (in French unless said), on 1 June 2027. */
export function renderRecordScreen(project: DraftProject, locale: Locale = 'fr') {
  const user = userEvent.setup();
  const view = render(
    <I18nProvider locale={locale}>
      <RecordContext.Provider options={{ input: { project } }}>
        <RecordScreen today="2027-06-01" onDownload={() => {}} />
      </RecordContext.Provider>
    </I18nProvider>,
  );
  return { user, view };
}
