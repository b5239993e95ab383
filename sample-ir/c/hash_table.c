// hash_table: string-keyed hash table with separate chaining (FNV-1a hash), counting word frequencies.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 64

struct entry {
    char *key;
    int count;
    struct entry *next;
};

struct table {
    struct entry *buckets[NBUCKETS];
    int size;
};

static unsigned fnv1a(const char *s) {
    unsigned h = 2166136261u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

static char *copy_string(const char *s) {
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    memcpy(c, s, n);
    return c;
}

static struct entry *lookup(struct table *t, const char *key, int create) {
    unsigned b = fnv1a(key) % NBUCKETS;
    for (struct entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return e;
    if (!create) return NULL;
    struct entry *e = malloc(sizeof *e);
    e->key = copy_string(key);
    e->count = 0;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->size++;
    return e;
}

static void destroy(struct table *t) {
    for (int b = 0; b < NBUCKETS; b++) {
        struct entry *e = t->buckets[b];
        while (e) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
        t->buckets[b] = NULL;
    }
}

int main(void) {
    char text[] = "the quick brown fox jumps over the lazy dog the fox and the dog sleep while the cat watches the fox";
    struct table t = {{0}, 0};
    int words = 0;
    for (char *w = strtok(text, " "); w; w = strtok(NULL, " ")) {
        lookup(&t, w, 1)->count++;
        words++;
    }
    struct entry *the = lookup(&t, "the", 0), *fox = lookup(&t, "fox", 0);
    printf("hash_table words=%d distinct=%d the=%d fox=%d\n", words, t.size, the ? the->count : 0, fox ? fox->count : 0);
    int ok = words == 21 && t.size == 13 && the && the->count == 6 && fox && fox->count == 3 && !lookup(&t, "wolf", 0);
    destroy(&t);
    return ok ? 0 : 1;
}
