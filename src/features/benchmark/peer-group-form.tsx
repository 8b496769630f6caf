import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../components/format';
import { useLanguage } from '../../components/use-language';
import { COUNTRIES, POPULATION_BANDS, URBANISATION } from '../../domain/assessment/profile';
import { MAX_YEAR, MIN_YEAR } from '../../domain/assessment/schema';
import { ANONYMITY_THRESHOLD, DISTANCE_WEIGHTS, type PeerGroup } from '../../domain/benchmark/peer-group';

const orNull = <T extends string>(value: string, allowed: readonly T[]): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** The peer group: filters on the profile bands, or the N peers nearest to the city's profile. */
export function PeerGroupForm({
  group,
  version,
  onChange,
}: {
  group: PeerGroup;
  version: string;
  onChange: (g: PeerGroup) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const set = (change: Partial<PeerGroup>) => onChange({ ...group, ...change });
  return (
    <section aria-labelledby="group-h">
      <h2 id="group-h">{t('benchmark.group.title')}</h2>
      <fieldset>
        <legend>{t('benchmark.group.mode')}</legend>
        {(['filter', 'nearest'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name={`${id}-mode`} checked={group.mode === mode} onChange={() => set({ mode })} />{' '}
            {t(`benchmark.group.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      {group.mode === 'filter' ? (
        <div className="filters">
          <p className="field">
            <label htmlFor={`${id}-country`}>{t('benchmark.group.country')}</label>
            <select
              id={`${id}-country`}
              value={group.country ?? ''}
              onChange={(e) => set({ country: orNull(e.target.value, COUNTRIES) })}
            >
              <option value="">{t('benchmark.group.any')}</option>
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {countryName(c, language)}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-band`}>{t('benchmark.group.population')}</label>
            <select
              id={`${id}-band`}
              value={group.populationBand ?? ''}
              onChange={(e) => set({ populationBand: orNull(e.target.value, POPULATION_BANDS) })}
            >
              <option value="">{t('benchmark.group.any')}</option>
              {POPULATION_BANDS.map((b) => (
                <option key={b} value={b}>
                  {t(`profile.population.${b}`)}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-urb`}>{t('benchmark.group.urbanisation')}</label>
            <select
              id={`${id}-urb`}
              value={group.urbanisation ?? ''}
              onChange={(e) => set({ urbanisation: orNull(e.target.value, URBANISATION) })}
            >
              <option value="">{t('benchmark.group.any')}</option>
              {URBANISATION.map((u) => (
                <option key={u} value={u}>
                  {t(`profile.urbanisation.${u}`)}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-year`}>{t('benchmark.group.year')}</label>
            <NumberInput
              id={`${id}-year`}
              min={MIN_YEAR}
              max={MAX_YEAR}
              value={group.year}
              allowEmpty
              onValue={(year) => set({ year })}
            />
          </p>
        </div>
      ) : (
        <div className="filters">
          <p className="field">
            <label htmlFor={`${id}-n`}>{t('benchmark.group.nearest', { min: ANONYMITY_THRESHOLD })}</label>
            <NumberInput
              id={`${id}-n`}
              min={ANONYMITY_THRESHOLD}
              max={10000}
              value={group.nearest}
              onValue={(n) => n !== null && set({ nearest: n })}
            />
          </p>
          <div className="subtle">
            <p>{t('benchmark.distance.intro')}</p>
            <ul>
              <li>{t('benchmark.distance.country', { weight: DISTANCE_WEIGHTS.country })}</li>
              <li>{t('benchmark.distance.population', { weight: DISTANCE_WEIGHTS.populationBand })}</li>
              <li>{t('benchmark.distance.urbanisation', { weight: DISTANCE_WEIGHTS.urbanisation })}</li>
              <li>{t('benchmark.distance.year', { weight: DISTANCE_WEIGHTS.year, max: DISTANCE_WEIGHTS.maxYears })}</li>
            </ul>
            <p>{t('benchmark.distance.ties')}</p>
          </div>
        </div>
      )}
      <p className="field">
        <label htmlFor={`${id}-versions`}>{t('benchmark.group.versions')}</label>
        <select
          id={`${id}-versions`}
          value={group.versions}
          onChange={(e) => set({ versions: e.target.value === 'comparable' ? 'comparable' : 'same' })}
        >
          <option value="same">{t('benchmark.group.sameVersion', { version })}</option>
          <option value="comparable">{t('benchmark.group.comparableVersions')}</option>
        </select>
      </p>
    </section>
  );
}

/**
 * A whole-number field that keeps what is typed (so "2" on the way to "2025" is not wiped) and
 * reports a value only when it is valid: empty is "any" where allowed.
 */
function NumberInput({
  id,
  min,
  max,
  value,
  allowEmpty = false,
  onValue,
}: {
  id: string;
  min: number;
  max: number;
  value: number | null;
  allowEmpty?: boolean;
  onValue: (value: number | null) => void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <input
      id={id}
      type="number"
      min={min}
      max={max}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value === '' && allowEmpty) onValue(null);
        else if (e.target.value !== '' && Number.isInteger(n) && n >= min && n <= max) onValue(n);
      }}
    />
  );
}
