// Accounts administered in Ciclo: a coordinator gives a person an account and a role, the person
// sets their own password through a mailed one-time link, and a deactivated person is locked out.
import { describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { useTestStack } from '../support/useTestStack';

let coordinator: string;
let admin: string;
let mspasId: string;

const stack = useTestStack(async (stack) => {
  [coordinator, admin] = await stack.signIn('coordinador.segeplan@ciclo.test', 'admin@ciclo.test');
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
});

/** The token of the newest invitation mailed to the address. */
async function invitationToken(email: string): Promise<string> {
  const mail = await eventually(async () => {
    const found = [...stack.sink.messages].reverse().find((m) => m.to.includes(email) && /contraseña/.test(m.subject));
    expect(found).toBeDefined();
    return found!;
  });
  return /#\/primer-acceso\/([\w-]+)/.exec(mail.text)![1]!;
}

/** Whose a first sign-in link is: the token goes in the body, never in the path. */
const lookUp = (token: string) => stack.api('POST', '/auth/password-setup/lookup', { body: { token } });

describe('/api/users and the first sign-in', () => {
  it('when a coordinator creates a planner, then the person has no password until they set it with the mailed link, once, and are signed in', async () => {
    const created = await stack.api('POST', '/users', { token: coordinator, body: { email: 'Nueva.Planificadora@ciclo.test', name: 'Nueva planificadora', role: 'planner', institutionId: mspasId } });
    expect(created).toMatchObject({ status: 201, body: { email: 'nueva.planificadora@ciclo.test', role: 'planner', institutionCode: 'MSPAS', active: true, passwordSet: false } });
    expect(created.body).not.toHaveProperty('passwordHash');

    const before = await stack.api('POST', '/auth/login', { body: { email: 'nueva.planificadora@ciclo.test', password: 'cualquier-cosa' } });
    expect(before.status).toBe(401);

    const token = await invitationToken('nueva.planificadora@ciclo.test');
    expect(await lookUp(token)).toMatchObject({ status: 200, body: { email: 'nueva.planificadora@ciclo.test', name: 'Nueva planificadora' } });
    const short = await stack.api('POST', '/auth/password-setup', { body: { token, password: 'corta' } });
    expect(short).toMatchObject({ status: 400, body: { errors: { password: expect.stringContaining('10') } } });

    const set = await stack.api('POST', '/auth/password-setup', { body: { token, password: 'una clave larga y propia' } });
    expect(set).toMatchObject({ status: 200, body: { token: expect.any(String), user: { email: 'nueva.planificadora@ciclo.test', role: 'planner', institutionCode: 'MSPAS' } } });
    expect(await stack.api('GET', '/auth/me', { token: set.body.token })).toMatchObject({ status: 200, body: { role: 'planner' } });
    expect((await stack.api('POST', '/auth/password-setup', { body: { token, password: 'otra clave larga más' } })).status).toBe(410);
    expect((await stack.api('POST', '/auth/login', { body: { email: 'nueva.planificadora@ciclo.test', password: 'una clave larga y propia' } })).status).toBe(200);
    expect((await stack.api('GET', `/users/${created.body.id}`, { token: coordinator })).body.passwordSet).toBe(true);
  });

  it('when an invitation is sent again, then the earlier link stops working and the new one works', async () => {
    const created = await stack.api('POST', '/users', { token: admin, body: { email: 'autoridad.nueva@ciclo.test', name: 'Autoridad nueva', role: 'authority', institutionId: mspasId } });
    const first = await invitationToken('autoridad.nueva@ciclo.test');
    const again = await stack.api('POST', `/users/${created.body.id}/invitation`, { token: coordinator });
    expect(again).toMatchObject({ status: 200, body: { sentTo: 'autoridad.nueva@ciclo.test' } });
    const second = await eventually(async () => {
      const latest = await invitationToken('autoridad.nueva@ciclo.test');
      expect(latest).not.toBe(first);
      return latest;
    });
    expect((await lookUp(first)).status).toBe(410);
    expect((await lookUp(second)).status).toBe(200);
    expect((await lookUp('no-es-un-enlace-de-verdad-1234567')).status).toBe(404);
  });

  it('when an invitation is mailed, then its token is only in the link\'s fragment, and a path carrying it is no route (404 signed in, 401 without)', async () => {
    await stack.api('POST', '/users', { token: admin, body: { email: 'enlace.fragmento@ciclo.test', name: 'Enlace en el fragmento', role: 'planner', institutionId: mspasId } });
    const token = await invitationToken('enlace.fragmento@ciclo.test');
    const mail = [...stack.sink.messages].reverse().find((m) => m.to.includes('enlace.fragmento@ciclo.test'))!;
    const link = new URL(/(\S+#\/primer-acceso\/\S+)/.exec(mail.text)![1]!);
    expect(`${link.pathname}${link.search}`).toBe('/');
    expect(link.hash).toBe(`#/primer-acceso/${token}`);
    expect(await stack.api('GET', `/auth/password-setup/${token}`, { token: admin })).toMatchObject({ status: 404, body: { message: 'Ruta no encontrada' } });
    expect((await stack.api('GET', `/auth/password-setup/${token}`)).status).toBe(401);
    expect((await lookUp(token)).status).toBe(200);
  });

  it('when a person is deactivated, then their session ends, they cannot sign in and they get no more mail', async () => {
    const created = await stack.api('POST', '/users', { token: coordinator, body: { email: 'director.saliente@ciclo.test', name: 'Director saliente', role: 'director', institutionId: mspasId } });
    const set = await stack.api('POST', '/auth/password-setup', { body: { token: await invitationToken('director.saliente@ciclo.test'), password: 'clave del director saliente' } });
    expect(set.status).toBe(200);
    const deactivated = await stack.api('PUT', `/users/${created.body.id}`, { token: coordinator, body: { ...created.body, active: false } });
    expect(deactivated).toMatchObject({ status: 200, body: { active: false } });
    expect((await stack.api('GET', '/auth/me', { token: set.body.token })).status).toBe(401);
    expect((await stack.api('POST', '/auth/login', { body: { email: 'director.saliente@ciclo.test', password: 'clave del director saliente' } })).status).toBe(401);
    expect((await stack.api('POST', `/users/${created.body.id}/invitation`, { token: coordinator })).status).toBe(409);
  });

  it('when the request is wrong, then a clear refusal and nothing is written', async () => {
    const count = await stack.db.user.count();
    const duplicate = await stack.api('POST', '/users', { token: coordinator, body: { email: 'planificador.mspas@ciclo.test', name: 'Otra vez', role: 'planner', institutionId: mspasId } });
    expect(duplicate).toMatchObject({ status: 409, body: { errors: { email: expect.any(String) } } });
    const noInstitution = await stack.api('POST', '/users', { token: coordinator, body: { email: 'sin.institucion@ciclo.test', name: 'Sin institución', role: 'planner' } });
    expect(noInstitution).toMatchObject({ status: 422, body: { errors: { institutionId: expect.any(String) } } });
    const coordinatorInMinistry = await stack.api('POST', '/users', { token: coordinator, body: { email: 'coord.mal@ciclo.test', name: 'Coordinador mal puesto', role: 'coordinator', institutionId: mspasId } });
    expect(coordinatorInMinistry.status).toBe(422);
    const adminByCoordinator = await stack.api('POST', '/users', { token: coordinator, body: { email: 'nuevo.admin@ciclo.test', name: 'Nuevo admin', role: 'admin' } });
    expect(adminByCoordinator.status).toBe(403);
    const me = (await stack.api('GET', '/auth/me', { token: admin })).body;
    const selfDeactivation = await stack.api('PUT', `/users/${me.id}`, { token: admin, body: { active: false } });
    expect(selfDeactivation.status).toBe(403);
    expect(await stack.db.user.count()).toBe(count);
    expect((await stack.db.user.findUniqueOrThrow({ where: { id: me.id } })).active).toBe(true);
  });

  it('when a planner asks for the people or creates one, then 403', async () => {
    const planner = await stack.login('planificador.mspas@ciclo.test');
    expect((await stack.api('GET', '/users', { token: planner })).status).toBe(403);
    expect((await stack.api('POST', '/users', { token: planner, body: { email: 'x.y@ciclo.test', name: 'Alguien más', role: 'planner', institutionId: mspasId } })).status).toBe(403);
  });
});
