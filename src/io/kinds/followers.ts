import type { Platform } from '../../core/platform.js';
import { aliases, fieldAliases, foldHeader, type ColumnMap, type FieldSpec } from '../columns.js';

/**
 * Follower-sample exports, one row per follower: Instagram scrapers ("Number of followers", "Number of people they
 * follow", "Private account", "Profile pic", "Biography"; Phantombuster's camelCase `fullName`, `isPrivate`,
 * `imgUrl`, `query`), the X API's user objects (`screen_name`, `followers_count`, `friends_count`, `statuses_count`,
 * `default_profile_image`…), and the labelled research sets (InstaFake, Cresci 2015, Kaggle fake/spammer), in
 * English and French. Aliases are best first; a header is used by one field only.
 */
export const FOLLOWER_FIELDS = [
  { field: 'of', describe: 'influencer followed (of, influencer, account followed, target)', aliases: fieldAliases('of', 'influencer', 'influenceur', 'influenceuse', 'account followed', 'followed account', 'target', 'target account', 'target username', 'compte suivi', 'cible', 'query', 'source account', 'followee') },
  { field: 'platform', describe: 'platform', aliases: fieldAliases('platform', 'network', 'social network', 'réseau', 'réseau social', 'plateforme') },
  { field: 'id', describe: 'follower id (id, user id, pk)', aliases: fieldAliases('id', 'follower id', 'user id', 'userid', 'user_id', 'id_str', 'pk', 'account id', 'profile id', 'identifiant utilisateur') },
  { field: 'username', describe: 'username (handle, screen_name)', aliases: fieldAliases('username', 'user name', 'follower username', 'follower', 'handle', 'screen_name', 'screen name', 'login', "nom d'utilisateur", 'pseudo', 'identifiant', 'abonné', 'profile url', 'profile link', 'url du profil', 'lien du profil', 'account', 'compte') },
  { field: 'full-name', describe: 'full name (name, display name, nom)', aliases: fieldAliases('full name', 'full_name', 'fullname', 'name', 'display name', 'nom complet', 'nom affiché', 'nom') },
  { field: 'full-name-words', describe: 'words in the full name', aliases: fieldAliases('fullname words', 'full name words', 'name words', 'mots du nom') },
  { field: 'followers', describe: 'followers (number of followers, followers_count, abonnés)', aliases: fieldAliases('followers', 'number of followers', 'followers_count', 'followers count', 'follower count', 'follower_count', 'nb followers', 'edge_followed_by', 'abonnés', 'nb abonnés', "nombre d'abonnés") },
  { field: 'following', describe: 'following (number of people they follow, friends_count, abonnements)', aliases: fieldAliases('following', 'number of people they follow', 'number of following', 'following_count', 'following count', 'follows', 'friends_count', 'friends', 'edge_follow', 'abonnements', 'nb abonnements', "nombre d'abonnements") },
  { field: 'posts', describe: 'posts (media count, statuses_count, publications)', aliases: fieldAliases('posts', 'number of posts', 'media_count', 'media count', 'posts count', 'post count', 'statuses_count', 'statuses count', 'tweets', 'nb posts', 'publications', 'nb publications', 'nombre de publications') },
  { field: 'profile-pic', describe: 'has a profile picture (yes/no, or the picture URL)', aliases: fieldAliases('has_profile_pic', 'has profile pic', 'has profile picture', 'profile pic', 'profile picture', 'profile_pic_url', 'profile pic url', 'imgurl', 'avatar', 'avatar url', 'profile_image_url_https', 'profile_image_url', 'photo de profil', 'a une photo de profil') },
  { field: 'default-profile-image', describe: 'default_profile_image (X: yes = no picture of its own)', aliases: fieldAliases('default_profile_image', 'default profile image', 'default avatar', 'photo de profil par défaut') },
  { field: 'private', describe: 'private account (is_private, protected, compte privé)', aliases: fieldAliases('is_private', 'private account', 'private', 'is private', 'protected', 'compte privé', 'privé') },
  { field: 'verified', describe: 'verified (is_verified, vérifié)', aliases: fieldAliases('is_verified', 'verified', 'is verified', 'vérifié', 'certifié', 'compte vérifié', 'compte certifié') },
  { field: 'bio', describe: 'biography text (bio, description)', aliases: fieldAliases('biography', 'bio', 'description', 'biographie', 'profile description') },
  { field: 'bio-length', describe: 'biography length in characters', aliases: fieldAliases('bio_length', 'bio length', 'biography length', 'description length', 'longueur bio', 'longueur de la bio', 'longueur de la biographie') },
  { field: 'url', describe: 'external URL (the link, or has_url yes/no)', aliases: fieldAliases('external url', 'external_url', 'has_url', 'has url', 'website', 'url', 'site web', 'lien externe', 'lien') },
  { field: 'username-length', describe: 'username length', aliases: fieldAliases('username_length', 'username length', "longueur du nom d'utilisateur", 'longueur pseudo') },
  { field: 'username-digits', describe: 'digits in the username', aliases: fieldAliases('username_digits', 'username digits', 'digits in username', "chiffres dans le nom d'utilisateur", 'chiffres pseudo') },
  { field: 'username-digit-ratio', describe: 'digits ÷ username length (0–1)', aliases: fieldAliases('nums/length username', 'username digit ratio', 'digits/length username') },
  { field: 'account-age', describe: 'account age in days', aliases: fieldAliases('account_age_days', 'account age days', 'account age', 'account age (days)', 'âge du compte', 'âge du compte (jours)') },
  { field: 'created', describe: 'account creation date (created_at, joined)', aliases: fieldAliases('created_at', 'created at', 'creation date', 'account created', 'joined', 'join date', 'date joined', 'date de création', "date d'inscription") },
  { field: 'likes-given', describe: 'posts liked (likes_given, favourites_count)', aliases: fieldAliases('likes_given', 'likes given', 'favourites_count', 'favorites_count', 'favourites count', 'favorites count', "j'aime donnés") },
  { field: 'listed', describe: 'lists including it (listed_count)', aliases: fieldAliases('listed', 'listed_count', 'listed count') },
] as const satisfies readonly FieldSpec[];

export type FollowerField = (typeof FOLLOWER_FIELDS)[number]['field'];

/** Fields that say something about the follower (an id, the influencer or the platform says nothing). */
export const FACT_FIELDS: readonly FollowerField[] = FOLLOWER_FIELDS.map((f) => f.field).filter((f) => f !== 'of' && f !== 'platform' && f !== 'id');

/**
 * Headers only a follower sample writes: profile-level facts no roster carries. "url", "name" or "description"
 * alone are not enough (rosters have links and names), nor are followers/following (every roster has them).
 */
const MARKERS = new Set(aliases(
  'has_profile_pic', 'has profile pic', 'has profile picture', 'profile pic', 'profile picture', 'profile_pic_url', 'imgurl',
  'photo de profil', 'a une photo de profil', 'avatar url',
  'default_profile_image', 'is_private', 'private account', 'private', 'isprivate', 'protected', 'compte privé',
  'biography', 'bio', 'biographie', 'bio_length', 'bio length', 'description length', 'longueur bio', 'longueur de la bio',
  'external url', 'external_url', 'has_url', 'username_length', 'username_digits', 'nums/length username', 'fullname words',
  'account_age_days', 'likes_given', 'favourites_count', 'favorites_count', 'listed_count',
  'number of people they follow', 'account followed', 'target username',
));

/** The follower-only headers a file has, as written: what makes `score` read it as a follower sample. */
export function followerMarkers(header: readonly string[]): string[] {
  return header.filter((h) => MARKERS.has(foldHeader(h)));
}

/** Whether the mapped columns give anything to classify a follower by. */
export function hasFollowerFacts(columns: ColumnMap<FollowerField>): boolean {
  return FACT_FIELDS.some((f) => columns[f] !== undefined);
}

/** X API field names, and lists (only X has them): an X sample unless a row or `--platform` says otherwise. */
const X_NAMES = new Set(aliases('screen_name', 'statuses_count', 'friends_count', 'favourites_count', 'listed_count', 'default_profile_image', 'id_str', 'listed', 'likes_given'));

export function followersPlatformHint(header: readonly string[]): Platform | undefined {
  return header.some((h) => X_NAMES.has(foldHeader(h))) ? 'x' : undefined;
}

/** Every field name `followers --map` accepts. */
export function followerFieldNames(): string[] {
  return FOLLOWER_FIELDS.map((f) => f.field);
}
