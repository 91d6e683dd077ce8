// Drives a running Ordo with Directus's own JavaScript SDK, as a Directus client written for v11 would, and checks
// every answer. DirectusSdkTest starts Ordo on each database and runs this script; it can also be run by hand:
//   ORDO_URL=http://localhost:8055 ORDO_EMAIL=admin@example.com ORDO_PASSWORD=... node check.mjs
// Prints one JSON line per check ({"check": name, "ok": true} or {"check", "ok": false, "error"}) and exits with 1
// when any check failed. Later checks build on earlier ones, as a client's session would.
import assert from 'node:assert/strict';
import {
  aggregate, authentication, createCollection, createDirectus, createField, createItem, createItems, createPolicy,
  createRelation, createRole, createUser, deleteCollection, deleteItem, deleteItems, deleteUser, generateHash,
  randomString, readActivities, readCollection, readCollections, readFieldsByCollection, readItem,
  readItemPermissions, readItems, readMe, readPolicies, readPolicyGlobals, readRolesMe, readUserPermissions,
  updateCollection, updateField, deleteField, utilsImport, readRelationByCollection, readRevisions, readSingleton,
  readUsers, refresh as refreshCommand, rest, serverHealth, serverInfo, serverPing, staticToken, updateItem,
  updateItems, updateItemsBatch, updateMe, updateSingleton, utilitySort, verifyHash, withSearch, customEndpoint,
} from '@directus/sdk';

const url = required('ORDO_URL');
const email = required('ORDO_EMAIL');
const password = required('ORDO_PASSWORD');

const results = [];

async function check(name, body) {
  try {
    await body();
    results.push({ check: name, ok: true });
  } catch (error) {
    results.push({ check: name, ok: false, error: describe(error) });
  }
}

// The SDK rejects with Directus's error body ({ errors: [...] , response }) or with a thrown Error.
function describe(error) {
  if (error && Array.isArray(error.errors)) {
    return `HTTP ${error.response?.status}: ${JSON.stringify(error.errors)}`;
  }
  return error?.stack ?? String(error);
}

async function refusal(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(Array.isArray(error.errors), `a Directus error body, got ${describe(error)}`);
    return { status: error.response.status, code: error.errors[0].extensions.code, message: error.errors[0].message };
  }
  assert.fail('the request was expected to be refused');
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

const session = createDirectus(url).with(authentication('json', { autoRefresh: false })).with(rest());
let admin;
let lastRefreshToken;

await check('server ping, info and health', async () => {
  assert.equal(await session.request(serverPing()), 'pong');
  const info = await session.request(serverInfo());
  assert.equal(typeof info.project, 'object');
  const health = await session.request(serverHealth());
  assert.equal(health.status, 'ok');
});

await check('login in json mode, read and update me, refresh', async () => {
  const login = await session.login(email, password);
  assert.equal(typeof login.access_token, 'string');
  assert.equal(typeof login.refresh_token, 'string');
  assert.ok(login.expires > 0);
  const me = await session.request(readMe({ fields: ['id', 'email', 'role.name'] }));
  assert.equal(me.email, email);
  assert.equal(typeof me.role.name, 'string');
  const updated = await session.request(updateMe({ first_name: 'Ada' }, { fields: ['first_name'] }));
  assert.equal(updated.first_name, 'Ada');
  const refreshed = await session.refresh();
  assert.notEqual(refreshed.refresh_token, login.refresh_token, 'refresh tokens rotate');
  lastRefreshToken = refreshed.refresh_token;
  admin = createDirectus(url).with(staticToken(await session.getToken())).with(rest());
});

await check('a wrong password is refused as INVALID_CREDENTIALS', async () => {
  const other = createDirectus(url).with(authentication('json')).with(rest());
  const refused = await refusal(other.login(email, `${password}-wrong`));
  assert.deepEqual([refused.status, refused.code], [401, 'INVALID_CREDENTIALS']);
});

await check('create collections, fields and relations', async () => {
  const key = { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } };
  await admin.request(createCollection({
    collection: 'sdk_authors', schema: {}, meta: { note: 'People who write' },
    fields: [key, { field: 'name', type: 'string', schema: { is_nullable: false } }],
  }));
  await admin.request(createCollection({ collection: 'sdk_tags', schema: {}, fields: [key, { field: 'label', type: 'string' }] }));
  await admin.request(createCollection({
    collection: 'sdk_articles', schema: {}, meta: { sort_field: 'sort' },
    fields: [key,
      { field: 'title', type: 'string' }, { field: 'views', type: 'integer', schema: { default_value: 0 } },
      { field: 'published_on', type: 'date' }, { field: 'status', type: 'string', schema: { default_value: 'draft' } },
      { field: 'sort', type: 'integer' }, { field: 'author', type: 'integer', meta: { special: ['m2o'] } }],
  }));
  await admin.request(createCollection({
    collection: 'sdk_articles_tags', schema: {}, meta: { hidden: true },
    fields: [key, { field: 'sdk_articles_id', type: 'integer' }, { field: 'sdk_tags_id', type: 'integer' }],
  }));
  await admin.request(createField('sdk_authors', { field: 'articles', type: 'alias', meta: { special: ['o2m'] } }));
  await admin.request(createField('sdk_articles', { field: 'tags', type: 'alias', meta: { special: ['m2m'] } }));
  await admin.request(createRelation({
    collection: 'sdk_articles', field: 'author', related_collection: 'sdk_authors',
    meta: { one_field: 'articles' }, schema: { on_delete: 'SET NULL' },
  }));
  await admin.request(createRelation({
    collection: 'sdk_articles_tags', field: 'sdk_articles_id', related_collection: 'sdk_articles',
    meta: { one_field: 'tags', junction_field: 'sdk_tags_id' }, schema: { on_delete: 'CASCADE' },
  }));
  await admin.request(createRelation({
    collection: 'sdk_articles_tags', field: 'sdk_tags_id', related_collection: 'sdk_tags',
    meta: { junction_field: 'sdk_articles_id' }, schema: { on_delete: 'CASCADE' },
  }));
});

await check('read the schema back', async () => {
  const collection = await admin.request(readCollection('sdk_authors'));
  assert.equal(collection.meta.note, 'People who write');
  const fields = await admin.request(readFieldsByCollection('sdk_articles'));
  const names = fields.map((field) => field.field);
  for (const name of ['id', 'title', 'views', 'author', 'tags']) {
    assert.ok(names.includes(name), `field ${name} in ${names}`);
  }
  assert.equal(fields.find((field) => field.field === 'views').schema.default_value, 0);
  const relation = await admin.request(readRelationByCollection('sdk_articles'));
  const author = relation.find((one) => one.field === 'author');
  assert.equal(author.related_collection, 'sdk_authors');
  assert.equal(author.meta.one_field, 'articles');
});

await check('change a collection and a field, add and drop a field', async () => {
  const collection = await admin.request(updateCollection('sdk_authors', { meta: { note: 'Writers', icon: 'person' } }));
  assert.deepEqual([collection.meta.note, collection.meta.icon], ['Writers', 'person']);
  const field = await admin.request(updateField('sdk_articles', 'title', { meta: { note: 'Headline' }, schema: { max_length: 120 } }));
  assert.equal(field.meta.note, 'Headline');
  assert.equal(field.schema.max_length, 120);
  await admin.request(createField('sdk_authors', { field: 'nickname', type: 'string' }));
  await admin.request(deleteField('sdk_authors', 'nickname'));
  const names = (await admin.request(readFieldsByCollection('sdk_authors'))).map((one) => one.field);
  assert.ok(!names.includes('nickname'), `nickname dropped from ${names}`);
});

await check('create items, nested m2o and m2m included', async () => {
  const authors = await admin.request(createItems('sdk_authors', [{ name: 'Ann' }, { name: 'Bob' }], { fields: ['id', 'name'] }));
  assert.deepEqual(authors.map((author) => author.name), ['Ann', 'Bob']);
  const article = await admin.request(createItem('sdk_articles', {
    title: 'First', views: 120, published_on: '2024-03-01', author: authors[0].id,
    tags: [{ sdk_tags_id: { label: 'java' } }, { sdk_tags_id: { label: 'sql' } }],
  }, { fields: ['id', 'title', 'status', 'author.name', 'tags.sdk_tags_id.label'] }));
  assert.equal(article.status, 'draft', 'the column default is read back');
  assert.equal(article.author.name, 'Ann');
  assert.deepEqual(article.tags.map((tag) => tag.sdk_tags_id.label).sort(), ['java', 'sql']);
  await admin.request(createItems('sdk_articles', [
    { title: 'Second', views: 40, published_on: '2024-05-01', author: { name: 'Cid' } },
    { title: 'Third', views: 900, published_on: '2023-12-24', author: authors[1].id, status: 'published' },
    { title: 'Fourth', views: 15, published_on: '2024-07-04', author: authors[1].id, status: 'published' },
  ]));
});

await check('read items with fields, filter, sort, limit and offset', async () => {
  const items = await admin.request(readItems('sdk_articles', {
    fields: ['title', { author: ['name'] }],
    filter: { _and: [{ views: { _gt: 20 } }, { author: { name: { _neq: 'Zed' } } }] },
    sort: ['-views'], limit: 2, offset: 1,
  }));
  assert.deepEqual(items, [{ title: 'First', author: { name: 'Ann' } }, { title: 'Second', author: { name: 'Cid' } }]);
});

await check('relational filters, search, deep and aliases', async () => {
  const tagged = await admin.request(readItems('sdk_articles', {
    fields: ['title'], filter: { tags: { sdk_tags_id: { label: { _eq: 'sql' } } } },
  }));
  assert.deepEqual(tagged, [{ title: 'First' }]);
  const found = await admin.request(readItems('sdk_articles', { fields: ['title'], search: 'thir' }));
  assert.deepEqual(found, [{ title: 'Third' }]);
  const authors = await admin.request(readItems('sdk_authors', {
    fields: ['name', { articles: ['title'] }], filter: { name: { _eq: 'Bob' } },
    deep: { articles: { _sort: ['-views'], _limit: 1 } },
  }));
  assert.deepEqual(authors, [{ name: 'Bob', articles: [{ title: 'Third' }] }]);
  const aliased = await admin.request(readItems('sdk_articles', {
    fields: ['heading'], alias: { heading: 'title' }, filter: { views: { _eq: 15 } },
  }));
  assert.deepEqual(aliased, [{ heading: 'Fourth' }]);
});

// Ordo answers function values as numbers on every database; Directus on PostgreSQL gives strings ('2023', '0').
await check('functions in fields and filters', async () => {
  const items = await admin.request(readItems('sdk_articles', {
    fields: ['title', 'year(published_on)', 'count(tags)'], filter: { 'year(published_on)': { _eq: 2023 } },
  }));
  assert.deepEqual(items, [{ title: 'Third', published_on_year: 2023, tags_count: 0 }]);
});

await check('aggregate with groupBy', async () => {
  const groups = await admin.request(aggregate('sdk_articles', {
    aggregate: { count: '*', sum: 'views' }, groupBy: ['status'], query: { sort: ['status'] },
  }));
  const byStatus = Object.fromEntries(groups.map((group) => [group.status, group]));
  assert.equal(Number(byStatus.draft.count), 2);
  assert.equal(Number(byStatus.draft.sum.views), 160);
  assert.equal(Number(byStatus.published.count), 2);
  assert.equal(Number(byStatus.published.sum.views), 915);
});

await check('the SEARCH method carries the query in the body', async () => {
  const items = await admin.request(withSearch(readItems('sdk_articles', {
    fields: ['title'], filter: { status: { _eq: 'published' } }, sort: ['title'],
  })));
  assert.deepEqual(items, [{ title: 'Fourth' }, { title: 'Third' }]);
});

await check('update one, many by keys, many by query and a batch', async () => {
  const [first] = await admin.request(readItems('sdk_articles', { fields: ['id'], filter: { title: { _eq: 'First' } } }));
  const one = await admin.request(updateItem('sdk_articles', first.id, { views: 121 }, { fields: ['views'] }));
  assert.equal(one.views, 121);
  const drafts = await admin.request(readItems('sdk_articles', { fields: ['id'], filter: { status: { _eq: 'draft' } } }));
  await admin.request(updateItems('sdk_articles', drafts.map((item) => item.id), { status: 'review' }));
  await admin.request(updateItems('sdk_articles', { filter: { views: { _lt: 20 } } }, { status: 'archived' }));
  const batch = await admin.request(updateItemsBatch('sdk_articles', [
    { id: first.id, title: 'First, revised' },
  ], { fields: ['title'] }));
  assert.deepEqual(batch, [{ title: 'First, revised' }]);
  const statuses = await admin.request(readItems('sdk_articles', { fields: ['title', 'status'], sort: ['title'] }));
  assert.deepEqual(statuses, [
    { title: 'First, revised', status: 'review' }, { title: 'Fourth', status: 'archived' },
    { title: 'Second', status: 'review' }, { title: 'Third', status: 'published' },
  ]);
});

await check('manual sort through /utils/sort', async () => {
  const items = await admin.request(readItems('sdk_articles', { fields: ['id'], sort: ['id'] }));
  await Promise.all(items.map((item, index) => admin.request(updateItem('sdk_articles', item.id, { sort: index + 1 }))));
  await admin.request(utilitySort('sdk_articles', String(items[3].id), items[0].id));
  const sorted = await admin.request(readItems('sdk_articles', { fields: ['id'], sort: ['sort'] }));
  assert.deepEqual(sorted.map((item) => item.id), [items[3].id, items[0].id, items[1].id, items[2].id]);
});

await check('refusals arrive in Directus error shapes', async () => {
  const unknown = await refusal(admin.request(readItems('sdk_nothing_here')));
  assert.deepEqual([unknown.status, unknown.code], [403, 'FORBIDDEN']);
  const badFilter = await refusal(admin.request(readItems('sdk_articles', { filter: { views: { _unknown: 1 } } })));
  assert.deepEqual([badFilter.status, badFilter.code], [400, 'INVALID_QUERY']);
  const missing = await refusal(admin.request(createItem('sdk_authors', { name: null })));
  assert.deepEqual([missing.status, missing.code], [400, 'FAILED_VALIDATION']);
  const anonymous = createDirectus(url).with(rest());
  const closed = await refusal(anonymous.request(readItems('sdk_articles')));
  assert.deepEqual([closed.status, closed.code], [403, 'FORBIDDEN']);
});

await check('many-to-any and translations, written nested and read back', async () => {
  const key = { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } };
  await admin.request(createCollection({ collection: 'sdk_pages', schema: {}, fields: [key, { field: 'slug', type: 'string' }] }));
  await admin.request(createCollection({ collection: 'sdk_quotes', schema: {}, fields: [key, { field: 'text', type: 'string' }] }));
  await admin.request(createCollection({
    collection: 'sdk_pages_blocks', schema: {}, meta: { hidden: true },
    fields: [key, { field: 'sdk_pages_id', type: 'integer' }, { field: 'item', type: 'string' },
      { field: 'collection', type: 'string' }],
  }));
  await admin.request(createField('sdk_pages', { field: 'blocks', type: 'alias', meta: { special: ['m2a'] } }));
  await admin.request(createRelation({
    collection: 'sdk_pages_blocks', field: 'item', related_collection: null,
    meta: { one_allowed_collections: ['sdk_quotes', 'sdk_authors'], one_collection_field: 'collection',
      junction_field: 'sdk_pages_id' },
  }));
  await admin.request(createRelation({
    collection: 'sdk_pages_blocks', field: 'sdk_pages_id', related_collection: 'sdk_pages',
    meta: { one_field: 'blocks', junction_field: 'item' }, schema: { on_delete: 'CASCADE' },
  }));
  await admin.request(createCollection({
    collection: 'sdk_languages', schema: {},
    fields: [{ field: 'code', type: 'string', schema: { is_primary_key: true } }, { field: 'name', type: 'string' }],
  }));
  await admin.request(createCollection({
    collection: 'sdk_pages_translations', schema: {}, meta: { hidden: true },
    fields: [key, { field: 'sdk_pages_id', type: 'integer' }, { field: 'sdk_languages_code', type: 'string' },
      { field: 'title', type: 'string' }],
  }));
  await admin.request(createField('sdk_pages', { field: 'translations', type: 'alias', meta: { special: ['translations'] } }));
  await admin.request(createRelation({
    collection: 'sdk_pages_translations', field: 'sdk_languages_code', related_collection: 'sdk_languages',
    meta: { junction_field: 'sdk_pages_id' }, schema: { on_delete: 'CASCADE' },
  }));
  await admin.request(createRelation({
    collection: 'sdk_pages_translations', field: 'sdk_pages_id', related_collection: 'sdk_pages',
    meta: { one_field: 'translations', junction_field: 'sdk_languages_code' }, schema: { on_delete: 'CASCADE' },
  }));
  await admin.request(createItems('sdk_languages', [{ code: 'en', name: 'English' }, { code: 'nl', name: 'Dutch' }]));
  const page = await admin.request(createItem('sdk_pages', {
    slug: 'home',
    blocks: [{ collection: 'sdk_quotes', item: { text: 'Hello' } }],
    translations: [{ sdk_languages_code: 'en', title: 'Home' }, { sdk_languages_code: 'nl', title: 'Thuis' }],
  }, { fields: ['id'] }));
  const read = await admin.request(readItem('sdk_pages', page.id, {
    fields: ['slug', { blocks: ['collection', { item: { sdk_quotes: ['text'] } }] },
      { translations: ['sdk_languages_code', 'title'] }],
    deep: { translations: { _filter: { sdk_languages_code: { _eq: 'nl' } } } },
  }));
  assert.deepEqual(read, {
    slug: 'home',
    blocks: [{ collection: 'sdk_quotes', item: { text: 'Hello' } }],
    translations: [{ sdk_languages_code: 'nl', title: 'Thuis' }],
  });
  for (const name of ['sdk_pages_blocks', 'sdk_pages_translations', 'sdk_pages', 'sdk_quotes', 'sdk_languages']) {
    await admin.request(deleteCollection(name));
  }
});

await check('revert an item to an earlier revision', async () => {
  const [first] = await admin.request(readItems('sdk_articles', { fields: ['id'], filter: { title: { _eq: 'First, revised' } } }));
  const [revision] = await admin.request(readRevisions({
    fields: ['id', 'data'], filter: { collection: { _eq: 'sdk_articles' }, item: { _eq: String(first.id) } },
    sort: ['id'], limit: 1,
  }));
  assert.equal(revision.data.title, 'First');
  await admin.request(customEndpoint({ method: 'POST', path: `/utils/revert/${revision.id}` }));
  const reverted = await admin.request(readItem('sdk_articles', first.id, { fields: ['title', 'views'] }));
  assert.deepEqual(reverted, { title: 'First', views: 120 });
  await admin.request(updateItem('sdk_articles', first.id, { title: 'First, revised' }));
});

await check('delete one, many by keys and by query', async () => {
  const [second] = await admin.request(readItems('sdk_articles', { fields: ['id'], filter: { title: { _eq: 'Second' } } }));
  await admin.request(deleteItem('sdk_articles', second.id));
  const tags = await admin.request(readItems('sdk_tags', { fields: ['id'] }));
  await admin.request(deleteItems('sdk_tags', tags.map((tag) => tag.id)));
  await admin.request(deleteItems('sdk_articles', { filter: { status: { _eq: 'archived' } } }));
  const left = await admin.request(readItems('sdk_articles', { fields: ['title', 'tags'], sort: ['title'] }));
  assert.deepEqual(left, [{ title: 'First, revised', tags: [] }, { title: 'Third', tags: [] }]);
});

await check('import rows from a CSV file, upserted by key', async () => {
  const form = new FormData();
  form.append('file', new Blob(['name\nDee\nEve\n'], { type: 'text/csv' }), 'authors.csv');
  await admin.request(utilsImport('sdk_authors', form));
  const names = await admin.request(readItems('sdk_authors', { fields: ['name'], sort: ['name'] }));
  assert.deepEqual(names.map((author) => author.name), ['Ann', 'Bob', 'Cid', 'Dee', 'Eve']);
});

await check("the caller's own permissions, roles and globals", async () => {
  const globals = await admin.request(readPolicyGlobals());
  assert.deepEqual([globals.admin_access, globals.app_access], [true, true]);
  const roles = await admin.request(readRolesMe({ fields: ['name'] }));
  assert.ok(roles.length >= 1);
  const permissions = await admin.request(readUserPermissions());
  assert.equal(typeof permissions, 'object');
  const [author] = await admin.request(readItems('sdk_authors', { fields: ['id'], limit: 1 }));
  const item = await admin.request(readItemPermissions('sdk_authors', String(author.id)));
  assert.deepEqual([item.update.access, item.delete.access], [true, true]);
});

await check('activity and revisions record the writes', async () => {
  const activity = await admin.request(readActivities({
    fields: ['action', 'collection', 'item'], filter: { collection: { _eq: 'sdk_authors' } }, sort: ['id'],
  }));
  assert.deepEqual(activity.map((row) => row.action), ['create', 'create', 'create', 'create', 'create']);
  const revisions = await admin.request(readRevisions({
    fields: ['data', 'delta', 'activity.action'],
    filter: { collection: { _eq: 'sdk_articles' }, activity: { action: { _eq: 'update' } } }, sort: ['-id'], limit: 1,
  }));
  assert.equal(revisions.length, 1);
  assert.equal(revisions[0].activity.action, 'update');
  assert.equal(typeof revisions[0].delta, 'object');
});

await check('singletons', async () => {
  await admin.request(createCollection({
    collection: 'sdk_settings', schema: {}, meta: { singleton: true },
    fields: [{ field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } },
      { field: 'site_name', type: 'string', schema: { default_value: 'Untitled' } }],
  }));
  const empty = await admin.request(readSingleton('sdk_settings', { fields: ['site_name'] }));
  assert.equal(empty.site_name, 'Untitled');
  await admin.request(updateSingleton('sdk_settings', { site_name: 'Ordo' }));
  const saved = await admin.request(readSingleton('sdk_settings', { fields: ['site_name'] }));
  assert.equal(saved.site_name, 'Ordo');
});

await check('utils: random strings and hashes', async () => {
  const random = await admin.request(randomString(24));
  assert.equal(random.length, 24);
  const hash = await admin.request(generateHash('secret'));
  assert.ok(hash.startsWith('$argon2id$'), hash);
  assert.equal(await admin.request(verifyHash('secret', hash)), true);
  assert.equal(await admin.request(verifyHash('other', hash)), false);
});

await check('users, roles and policies', async () => {
  const policy = await admin.request(createPolicy({ name: 'SDK readers', app_access: false, admin_access: false }));
  const role = await admin.request(createRole({ name: 'SDK role', policies: [{ policy: policy.id }] }));
  const user = await admin.request(createUser({ email: 'sdk-reader@example.com', password: 'sdk reader pass', role: role.id }));
  const found = await admin.request(readUsers({ fields: ['email', 'role.name'], filter: { id: { _eq: user.id } } }));
  assert.deepEqual(found, [{ email: 'sdk-reader@example.com', role: { name: 'SDK role' } }]);
  const policies = await admin.request(readPolicies({ fields: ['name', 'roles.role.name'], filter: { id: { _eq: policy.id } } }));
  assert.deepEqual(policies, [{ name: 'SDK readers', roles: [{ role: { name: 'SDK role' } }] }]);
  const reader = createDirectus(url).with(authentication('json', { autoRefresh: false })).with(rest());
  await reader.login('sdk-reader@example.com', 'sdk reader pass');
  const refused = await refusal(reader.request(readItems('sdk_articles')));
  assert.deepEqual([refused.status, refused.code], [403, 'FORBIDDEN']);
  await admin.request(deleteUser(user.id));
});

await check('an app user reads itself and the schema its permissions open', async () => {
  const policy = await admin.request(createPolicy({
    name: 'SDK app', app_access: true, admin_access: false,
    permissions: [
      { collection: 'sdk_articles', action: 'read', fields: ['id', 'title', 'author'] },
      { collection: 'sdk_authors', action: 'read', fields: ['*'] },
    ],
  }));
  const role = await admin.request(createRole({ name: 'SDK app role', policies: [{ policy: policy.id }] }));
  const user = await admin.request(createUser({ email: 'sdk-app@example.com', password: 'sdk app pass', role: role.id }));
  const other = await admin.request(createUser({ email: 'sdk-other@example.com', password: 'sdk app pass', role: role.id }));
  const app = createDirectus(url).with(authentication('json', { autoRefresh: false })).with(rest());
  await app.login('sdk-app@example.com', 'sdk app pass');
  const users = await app.request(readUsers({ fields: ['email'] }));
  assert.deepEqual(users, [{ email: 'sdk-app@example.com' }]);
  const collections = (await app.request(readCollections())).map((collection) => collection.collection);
  for (const name of ['sdk_articles', 'sdk_authors', 'directus_users', 'directus_roles']) {
    assert.ok(collections.includes(name), `${name} in ${collections}`);
  }
  for (const name of ['sdk_tags', 'sdk_articles_tags', 'directus_permissions']) {
    assert.ok(!collections.includes(name), `${name} not in ${collections}`);
  }
  const fields = (await app.request(readFieldsByCollection('sdk_articles'))).map((field) => field.field).sort();
  assert.deepEqual(fields, ['author', 'id', 'title']);
  const relations = (await app.request(readRelationByCollection('sdk_articles'))).map((relation) => relation.field);
  assert.deepEqual(relations, ['author']);
  const refused = await refusal(app.request(readFieldsByCollection('sdk_tags')));
  assert.deepEqual([refused.status, refused.code], [403, 'FORBIDDEN']);
  await admin.request(deleteUser(other.id));
  await admin.request(deleteUser(user.id));
});

await check('logout ends the session', async () => {
  await session.logout();
  const refused = await refusal(session.request(refreshCommand('json', lastRefreshToken)));
  assert.deepEqual([refused.status, refused.code], [401, 'INVALID_CREDENTIALS']);
});

await check('delete the collections again', async () => {
  for (const name of ['sdk_articles_tags', 'sdk_articles', 'sdk_tags', 'sdk_authors', 'sdk_settings']) {
    await admin.request(deleteCollection(name));
  }
  const refused = await refusal(admin.request(readItems('sdk_authors')));
  assert.equal(refused.code, 'FORBIDDEN');
});

for (const result of results) {
  console.log(JSON.stringify(result));
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
