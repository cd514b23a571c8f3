// The staff chat's post of an application, as the guides file it and as staff move its status.
import { staffPost } from '../cards/application.ts';
import { nameOf, type Rendered } from '../cards/render.ts';
import type { Lang } from '../dataset/schema.ts';
import { answersLine } from '../guide/answers.ts';
import type { Application } from '../store/applications.ts';
import type { BotDeps } from './context.ts';

/** The investment office works in Russian: staff messages are written in it. */
export const STAFF_LANG: Lang = 'ru';

export function staffPostOf(deps: BotDeps, app: Application): Rendered {
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(STAFF_LANG, key, vars);
  const zone = app.zoneSlug ? deps.refs.get(app.zoneSlug) : undefined;
  const profile = app.profile ? (JSON.parse(app.profile) as unknown) : null;
  return staffPost(t, {
    ...app,
    ref: app.ref ?? '',
    zone: zone && nameOf(zone, STAFF_LANG),
    answers: answersLine(t, STAFF_LANG, app.kind, profile, (slug) => {
      const place = deps.refs.get(slug);
      return place ? nameOf(place, STAFF_LANG) : slug;
    }),
    events: deps.repos.applications
      .events(app.id)
      .slice(1)
      .map((e) => ({ status: e.status, by: staffName(deps, e.byUserId), at: e.at })),
  });
}

/** A staff member as Telegram last gave them: «Асель (@asel)»; the id only if they were never seen. */
function staffName(deps: BotDeps, id: number): string {
  const user = deps.repos.users.get(id);
  const name = user?.firstName.trim();
  const username = user?.username ? `@${user.username}` : undefined;
  if (name && username) return `${name} (${username})`;
  return name || username || String(id);
}
