// Type tests, checked by `tsc --noEmit -p .`: the domain's roles and stage statuses, which the API
// validates against and the console imports, are exactly the database's enums.
import { expectTypeOf } from 'vitest';
import type { Role as DatabaseRole, StageStatus as DatabaseStatus } from '../../src/db/generated/enums';
import type { Role } from '../../src/domain/actor';
import type { StageStatus } from '../../src/domain/stageRules';

expectTypeOf<Role>().toEqualTypeOf<DatabaseRole>();
expectTypeOf<StageStatus>().toEqualTypeOf<DatabaseStatus>();
