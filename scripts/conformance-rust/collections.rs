// Word counting with HashMap/BTreeMap, sorting, string handling, Option/Result and panics caught at a boundary.
use std::collections::{BTreeMap, HashMap};

fn count(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn top(m: &HashMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut v: Vec<_> = m.iter().map(|(k, v)| (k.clone(), *v)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn parse_pairs(s: &str) -> Result<BTreeMap<String, i64>, String> {
    let mut out = BTreeMap::new();
    for part in s.split(',') {
        let (k, v) = part.split_once('=').ok_or_else(|| format!("no '=' in {part}"))?;
        out.insert(k.trim().to_string(), v.trim().parse::<i64>().map_err(|e| e.to_string())?);
    }
    Ok(out)
}

fn main() {
    let m = count("the quick brown fox jumps over the lazy dog The end");
    println!("{:?}", top(&m, 3));
    println!("{:?}", parse_pairs("a=1, b=2, c=x"));
    let r = std::panic::catch_unwind(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    println!("caught: {}", r.is_err());
}
