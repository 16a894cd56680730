import { useSyncExternalStore } from 'react';
import {
  chooseTheme,
  shownThemeChoice,
  subscribeToTheme,
  themeChoiceLabels,
  themeChoices,
  type ThemeChoice,
} from './theme-preference';

const shownTheme = () => shownThemeChoice(document.documentElement);
// The prerendered page cannot know the stored choice; hydration starts from "follow the device"
// and the render right after shows what theme-init.js applied.
const serverTheme = (): ThemeChoice => 'system';

/**
 * The theme chooser in the header: a native select, so keyboard, touch and screen readers get
 * the platform's own control. The page's colours change in the same task as the choice.
 */
export function ThemeControl() {
  const choice = useSyncExternalStore(subscribeToTheme, shownTheme, serverTheme);
  return (
    <label className="theme-control">
      <span className="theme-control-label">Theme</span>
      <select
        className="theme-control-select"
        value={choice}
        onChange={(event) => chooseTheme(event.currentTarget.value as ThemeChoice)}
      >
        {themeChoices.map((value) => (
          <option key={value} value={value}>
            {themeChoiceLabels[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
