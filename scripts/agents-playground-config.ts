/**
 * `.m365agentsplayground.yml` for Microsoft 365 Agents Playground: who is in its tenant, the
 * personal chat, the group chat and the team. The Playground reads it from its working directory
 * and refuses to start (exit 1, reason only in devTools/*.log) unless it has version 0.1.1, a
 * current user, exactly five other users and at most one channel besides General.
 */

export interface PlaygroundPerson {
  key: string;
  name: string;
  /** Teams user id, as the Playground sends it in `from.id`. */
  id: string;
  /** Entra object id (`from.aadObjectId`): Nabuur's Teams user id (`npm run admin -- member add … --teams <id>`). */
  aadObjectId: string;
}

function playgroundPerson(key: string, name: string): PlaygroundPerson {
  const digits = [...key].map((char) => char.charCodeAt(0).toString(16)).join("");
  return {
    key,
    name,
    id: `29:${key}`,
    aadObjectId: `00000000-0000-0000-0000-${digits.padEnd(12, "0").slice(0, 12)}`,
  };
}

/** Six invented people: a care provider's admin, a support worker, landlord staff and three more. */
export const PLAYGROUND_PEOPLE: PlaygroundPerson[] = [
  playgroundPerson("beheer", "Bart Beheer"),
  playgroundPerson("sanne", "Sanne de Wit"),
  playgroundPerson("petra", "Petra Hoekstra"),
  playgroundPerson("karim", "Karim Bouzid"),
  playgroundPerson("lotte", "Lotte Visser"),
  playgroundPerson("ruben", "Ruben Smit"),
];

function user(person: PlaygroundPerson, indent: string): string {
  const [given = person.name, ...rest] = person.name.split(" ");
  return [
    `id: "${person.id}"`,
    `name: ${person.name}`,
    `userPrincipleName: ${person.key}@example.org`,
    `aadObjectId: ${person.aadObjectId}`,
    `givenName: ${given}`,
    `surname: ${rest.join(" ") || given}`,
    `email: ${person.key}@example.org`,
  ]
    .map((line, index) => (index === 0 ? line : `${indent}${line}`))
    .join("\n");
}

/** The config with `current` as the Playground's user and the other five of `people` in the tenant. */
export function playgroundConfig(current: PlaygroundPerson, people = PLAYGROUND_PEOPLE): string {
  const others = people.filter((person) => person.key !== current.key);
  if (others.length !== 5) throw new Error("the Playground needs exactly five users besides the current one");
  return [
    'version: "0.1.1"',
    "tenantId: 00000000-0000-0000-0000-0000000000e2",
    "bot:",
    '  id: "28:nabuur-playground"',
    "  name: Nabuur",
    "currentUser:",
    `  ${user(current, "  ")}`,
    "users:",
    ...others.map((person) => `  - ${user(person, "    ")}`),
    "personalChat:",
    // One personal chat per person: Playgrounds of different people do not share it.
    `  id: personal-${current.key}`,
    "groupChat:",
    "  id: group-lindeveld",
    "  name: Lindeveld",
    "team:",
    "  id: team-lindeveld",
    "  name: Lindeveld",
    "  aadGroupId: 00000000-0000-0000-0000-000000000031",
    "  channels:",
    "    - id: channel-zorgteam",
    "      name: zorgteam",
    "",
  ].join("\n");
}
