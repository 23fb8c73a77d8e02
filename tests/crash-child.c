/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helper of test-crash: saves and deletes programmes through the store API in an endless
 * loop and reports each finished operation on stdout, one line per operation written with
 * a single write(2) after the call returned:
 *   "save SLOT ID GENERATION"   "delete SLOT ID"
 * preceded by "ready" once the store is open and the existing programmes are read.
 * Usage: crash-child DB SEED. It never exits by itself; the test kills it. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "child-store.h"
#include "crash-programme.h"
#include "ct-store.h"

typedef struct
{
  gint64 id;     /* 0 when the slot holds no programme */
  guint generation;
  gint64 revision;
} Slot;

static void
report (const char *line)
{
  size_t len = strlen (line);

  if (write (STDOUT_FILENO, line, len) != (ssize_t) len)
    exit (3);
}

static void G_GNUC_NORETURN
fail (GError *error)
{
  child_fail ("crash-child", error);
}

static void
read_slots (CtStore *store,
            Slot    *slots)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, &error);

  if (list == NULL)
    fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      CtProgrammeSummary *s = g_ptr_array_index (list, i);
      guint slot = s->period_year - CRASH_FIRST_YEAR;

      g_assert (slot < CRASH_N_SLOTS);
      slots[slot].id = s->id;
      slots[slot].generation = s->number;
      slots[slot].revision = ct_store_get_revision (store, s->id, &error);
      if (slots[slot].revision == 0)
        fail (error);
    }
}

static void
step (CtStore *store,
      Slot    *slots,
      GRand   *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autofree char *line = NULL;
  guint slot = g_rand_int_range (rand, 0, CRASH_N_SLOTS);
  Slot *s = &slots[slot];

  if (s->id != 0 && g_rand_int_range (rand, 0, 20) == 0)
    {
      if (!ct_store_delete_programme (store, s->id, &error))
        fail (error);
      line = g_strdup_printf ("delete %u %" G_GINT64_FORMAT "\n", slot, s->id);
      s->id = 0;
      report (line);
      return;
    }
  p = crash_programme_build (slot, s->id != 0 ? s->generation + 1 : 0);
  p->id = s->id;
  p->revision = s->revision;
  if (!ct_store_save_programme (store, p, &error))
    fail (error);
  s->id = p->id;
  s->revision = p->revision;
  s->generation = p->number;
  line = g_strdup_printf ("save %u %" G_GINT64_FORMAT " %u\n", slot, s->id, s->generation);
  report (line);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CtStore) store = child_open_store ("crash-child", argc, argv, 2, "DB SEED");
  g_autoptr(GRand) rand = NULL;
  Slot slots[CRASH_N_SLOTS] = { { 0, }, };

  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));
  read_slots (store, slots);
  report ("ready\n");
  for (;;)
    step (store, slots, rand);
}
