import { followUpCalendar } from '../../calendar/follow-up-calendar';
import { useI18n } from '../../i18n/i18n-provider';
import { downloadBlob } from '../../lib/download-file';
import { slugify } from '../../lib/slugify';
import { WizardContext } from '../../machine/wizard.context';
import { selectProject } from '../../machine/wizard.selectors';

/** Downloads the follow-up schedule for the partners' calendars. */
export function CalendarButton() {
  const { t, locale } = useI18n();
  const project = WizardContext.useSelector(selectProject);
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        const ics = followUpCalendar(project, locale);
        downloadBlob(
          new Blob([ics], { type: 'text/calendar;charset=utf-8' }),
          `${slugify(project.partners.title) || 'projet'}.ics`,
        );
      }}
    >
      {t('calendar.export')}
    </button>
  );
}
