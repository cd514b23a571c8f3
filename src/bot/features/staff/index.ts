// Staff tools: roles, applications in the staff chat, statistics, data import and export, and broadcasts.
import { Composer } from 'grammy';
import type { BotContext } from '../../context.ts';
import { applications } from './applications.ts';
import { broadcast } from './broadcast.ts';
import { dataUpdates } from './data.ts';
import { roles } from './roles.ts';
import { stats } from './stats.ts';

export const staff = new Composer<BotContext>();
staff.use(roles, applications, stats, broadcast, dataUpdates);
