import { useWatch, type Control, type UseFormRegisterReturn } from 'react-hook-form';
import { ASSOCIATION_OFFERS } from '../../content/catalogues';
import { catalogueSourceOf } from '../../content/catalogue-sources';
import { PUBLIC_BODY_ROLES } from '../../content/guidance-extras';
import { SourceLine } from '../../guide-ui/source-line';
import { useI18n } from '../../i18n/i18n-provider';
import type { StepData } from '../../schemas/project.schema';

interface Props {
  control: Control<StepData<'partners'>>;
  index: number;
  registration: UseFormRegisterReturn;
}

/**
 * What a partner of a given kind can bring, from the sources: on association cards, the
 * guide's list of what an association brings to a company (it answers the companies' doubt
 * about associations' professionalism), to tick; on public-body cards, the roles the guide
 * and RESACOOP give public bodies, to read.
 */
export function AssociationOffers({ control, index, registration }: Props) {
  const { t } = useI18n();
  const kind = useWatch({ control, name: `partners.${index}.kind` });
  if (kind === 'public') return <PublicBodyRoles />;
  if (kind !== 'association') return null;
  return (
    <fieldset className="choices">
      <legend>{t('partners.offers')}</legend>
      <p className="field__hint">{t('partners.offersHint')}</p>
      {(['export', 'import'] as const).map((group) => (
        <fieldset key={group} className="choices choices--nested">
          <legend>{t(`offerGroup.${group}`)}</legend>
          <OffersSource group={group} />

          <div className="choices__options choices__options--single">
            {ASSOCIATION_OFFERS[group].map((offer) => (
              <label key={offer} className="choice">
                <input type="checkbox" value={offer} {...registration} />
                <span>{t(`offer.${offer}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

/** Each group's items come from one heading of the guide (content/catalogue-sources.ts): said under its title. */
function OffersSource({ group }: { group: keyof typeof ASSOCIATION_OFFERS }) {
  const source = catalogueSourceOf('offer', ASSOCIATION_OFFERS[group][0]);
  return source ? (
    <p className="field__hint">
      <SourceLine source={source} />
    </p>
  ) : null;
}

function PublicBodyRoles() {
  const { t } = useI18n();
  return (
    <section className="public-body-roles" aria-label={t('guideUi.publicBody.title')}>
      <p className="field__hint">{t('guideUi.publicBody.title')}</p>
      <ul>
        {PUBLIC_BODY_ROLES.map((role) => (
          <li key={role.key}>
            <span>{t(role.key)}</span> <SourceLine source={role.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
