import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StringKey } from '../strings/strings';
import type { ViewId } from './navigation';

type ViewModule = Promise<{ default: ComponentType }>;

/** Each view is its own chunk, fetched the first time it is opened. */
const IMPORTS: Record<ViewId, () => ViewModule> = {
  overview: () => import('../views/OverviewView.js').then((m) => ({ default: m.OverviewView })),
  usage: () => import('../views/UsageView.js').then((m) => ({ default: m.UsageView })),
  credits: () => import('../views/CreditsView.js').then((m) => ({ default: m.CreditsView })),
  settings: () => import('../views/SettingsView.js').then((m) => ({ default: m.SettingsView })),
  myMeetings: () => import('../views/MyMeetingsView.js').then((m) => ({ default: m.MyMeetingsView })),
};

export const VIEW_LABELS: Record<ViewId, StringKey> = {
  overview: 'nav.overview',
  usage: 'nav.usage',
  credits: 'nav.credits',
  settings: 'nav.settings',
  myMeetings: 'nav.myMeetings',
};

/** A fresh lazy component per attempt: React caches a failed chunk load, so a retry needs a new one. */
export function lazyView(id: ViewId): LazyExoticComponent<ComponentType> {
  return lazy(IMPORTS[id]);
}
