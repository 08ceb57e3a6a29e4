import { Module } from '@nestjs/common';
import { DirectoryStore } from '../persistence/directory/directory.store.js';
import { DirectoryService } from './directory.service.js';
import { PasswordHasher } from './password-hasher.js';

/**
 * Institutions, people, roles, substitutes and business calendars. Import it to use
 * {@link DirectoryService}: `candidatesFor`, `findMissing`, `calendar`, `calendarOf`, `ancestors`, `members`.
 */
@Module({
  providers: [DirectoryStore, PasswordHasher, DirectoryService],
  exports: [DirectoryService, PasswordHasher],
})
export class DirectoryModule {}
