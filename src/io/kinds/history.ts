import { fieldAliases, type FieldSpec } from '../columns.js';

/**
 * Follower-history exports: long (one row per account and day), single-account (no handle column: TikTok Studio's
 * FollowerHistory, Social Blade copies), and net-change (YouTube Studio subscribers gained / lost, X new follows /
 * unfollows). Wide files (date, then one column per account) are recognised separately (`wideHistory`).
 */
export const HISTORY_FIELDS = [
  { field: 'handle', describe: 'handle', aliases: fieldAliases('handle', 'username', 'account', 'channel', 'channel_info', 'chaîne', 'compte', "nom d'utilisateur", 'screen_name', 'influencer', 'creator', 'profile') },
  { field: 'platform', describe: 'platform', aliases: fieldAliases('platform', 'network', 'réseau', 'plateforme') },
  { field: 'date', describe: 'date (day, jour)', aliases: fieldAliases('date', 'day', 'jour', 'datetime', 'timestamp', 'snapshot date', 'as of', 'date du jour') },
  { field: 'followers', describe: 'followers total', aliases: fieldAliases('followers', 'followers_count', 'followers count', 'total followers', 'follower count', 'subscribers', 'total subscribers', 'subscriber count', 'fans', 'abonnés', 'nb abonnés', "nombre d'abonnés", 'followers total', 'abonnés (total)', 'total abonnés') },
  { field: 'following', describe: 'following', aliases: fieldAliases('following', 'follows', 'following_count', 'friends_count', 'abonnements') },
  { field: 'gained', describe: 'followers gained (new follows, subscribers gained)', aliases: fieldAliases('new follows', 'new followers', 'followers gained', 'subscribers gained', 'gained', 'nouveaux abonnés', 'abonnés gagnés', 'new subscribers') },
  { field: 'lost', describe: 'followers lost (unfollows, subscribers lost)', aliases: fieldAliases('unfollows', 'followers lost', 'subscribers lost', 'lost', 'désabonnements', 'abonnés perdus', 'lost subscribers') },
  { field: 'net', describe: 'net change', aliases: fieldAliases('net change', 'net followers', 'net subscribers', 'difference in followers from previous day', 'difference', 'change', 'variation', 'net', 'followers change', 'daily change') },
  { field: 'event', describe: 'event (giveaway, shoutout…)', aliases: fieldAliases('event', 'events', 'événement', 'evenement', 'label', 'note', 'notes', 'annotation', 'campaign', 'campagne') },
] as const satisfies readonly FieldSpec[];

export type HistoryField = (typeof HISTORY_FIELDS)[number]['field'];

/** `--events file.csv`: known events that excuse a spike (handle, date, label). */
export const EVENT_FIELDS = [
  { field: 'handle', describe: 'handle', aliases: fieldAliases('handle', 'username', 'account', 'compte', 'channel') },
  { field: 'platform', describe: 'platform', aliases: fieldAliases('platform', 'network', 'réseau') },
  { field: 'date', describe: 'date', aliases: fieldAliases('date', 'day', 'jour') },
  { field: 'label', describe: 'label', aliases: fieldAliases('label', 'event', 'événement', 'evenement', 'description', 'note', 'campaign') },
] as const satisfies readonly FieldSpec[];
