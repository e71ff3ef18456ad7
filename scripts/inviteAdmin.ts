// `npm run admin:invite -- correo "Nombre"`: the first administrator of an installation without
// the demo (production), or a new link for one who lost theirs. Prints a one-time link to set the
// password: whoever runs this on the server hands it over; no password is ever chosen for anyone.
import { z } from 'zod';
import { issuePasswordSetup, passwordSetupHours, passwordSetupUrl } from '../src/auth/passwordSetups';
import { loadConfig } from '../src/config/env';
import { applyMigrations } from '../src/infra/migrate';
import { runOnDatabase } from './runOnDatabase';

const args = z
  .tuple([z.email('el primer argumento debe ser un correo').transform((e) => e.toLowerCase()), z.string().trim().min(3, 'el segundo argumento es el nombre (al menos 3 caracteres)')])
  .safeParse(process.argv.slice(2).filter((a) => a !== '--'));
if (!args.success) {
  console.error(`[ciclo] Uso: npm run admin:invite -- correo@institucion.gob.gt "Nombre Apellido" (${args.error.issues.map((i) => i.message).join('; ')})`);
  process.exit(2);
}
const [email, name] = args.data;

await runOnDatabase(async (db, url) => {
  await applyMigrations(url);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing && existing.role !== 'admin') {
    console.error(`[ciclo] ${email} ya tiene cuenta con el rol ${existing.role}: no se convierte en administrador desde aquí`);
    process.exitCode = 1;
    return;
  }
  const admin = existing ?? (await db.user.create({ data: { email, name, role: 'admin', passwordHash: null } }));
  if (!admin.active) await db.user.update({ where: { id: admin.id }, data: { active: true } });
  const { token } = await issuePasswordSetup(db, admin.id);
  console.log(`[ciclo] ${existing ? 'Nuevo enlace para' : 'Administrador creado:'} ${email}`);
  console.log(`[ciclo] Enlace de un solo uso para establecer la contraseña (vence en ${passwordSetupHours} horas):`);
  console.log(passwordSetupUrl(loadConfig().publicUrl, token));
});
