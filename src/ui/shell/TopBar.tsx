import { type Language, useT } from '../../i18n';
import { choosePreset, chooseScenario, resetAll, setLanguage, setTheme } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';
import { SCENARIOS } from '../../store/scenarios';
import { ShareButton } from '../bridge/ShareButton';
import { LessonsButton } from '../lessons/LessonsDock';
import { PresenterToggle } from '../presenter/PresenterMode';

/** Scenario picker, Lesson / Real Istio preset (saying what changes), language, theme, help. */
export function TopBar({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const s = useAppShallow((st) => ({
    scenario: st.scenario,
    preset: st.preset,
    language: st.language,
    theme: st.theme,
  }));
  return (
    <header className="topbar">
      <div className="brand">
        <h1>svid-lab</h1>
        <span className="muted tagline">{t('app.tagline')}</span>
      </div>
      <label>
        <span className="label-text">{t('top.scenario')}</span>
        <select value={s.scenario} onChange={(e) => void chooseScenario(e.target.value)}>
          {SCENARIOS.map((sc) => (
            <option key={sc.name} value={sc.name}>
              {sc.name}
            </option>
          ))}
          {!SCENARIOS.some((sc) => sc.name === s.scenario) && (
            <option value={s.scenario}>{s.scenario}</option>
          )}
        </select>
      </label>
      <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="sr-only">{t('top.preset')}</legend>
        <span className="seg" title={t(`top.preset.note.${s.preset}`)}>
          {(['lesson', 'istio'] as const).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={s.preset === p}
              onClick={() => void choosePreset(p)}
            >
              {t(`top.preset.${p}`)}
            </button>
          ))}
        </span>
        <span className="preset-note" aria-live="polite">
          {t(`top.preset.note.${s.preset}`)}
        </span>
      </fieldset>
      <label>
        <span className="sr-only">{t('top.language')}</span>
        <select
          className="lang-select"
          value={s.language}
          onChange={(e) => setLanguage(e.target.value as Language)}
        >
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        <span className="sr-only">{t('top.theme')}</span>
        <select value={s.theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
          <option value="light">{t('top.theme.light')}</option>
          <option value="dark">{t('top.theme.dark')}</option>
        </select>
      </label>
      <LessonsButton />
      <ShareButton />
      <PresenterToggle />
      <button type="button" onClick={onHelp}>
        {t('top.help')}
      </button>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(t('top.reset.confirm'))) void resetAll();
        }}
      >
        {t('top.reset')}
      </button>
    </header>
  );
}
